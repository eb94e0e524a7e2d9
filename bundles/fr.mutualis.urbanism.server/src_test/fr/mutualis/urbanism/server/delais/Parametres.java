package fr.mutualis.urbanism.server.delais;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The parameter file shipped in the bundle, read from the bundle folder (plain unit tests run from there). */
final class Parametres {

    private static final Path FICHIER = Path.of("parametres/delais-ads.json");

    private Parametres() {
    }

    static ParametresDelais livres() {
        return lire(texteLivre());
    }

    static String texteLivre() {
        try {
            return Files.readString(FICHIER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParametresDelais lire(String json) {
        return ParametresDelais.lire(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }
}
