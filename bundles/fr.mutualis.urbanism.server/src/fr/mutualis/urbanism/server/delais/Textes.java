package fr.mutualis.urbanism.server.delais;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import fr.mutualis.urbanism.api.TypeDossier;

/** Pieces of French user messages: dates as {@code 15/03/2024}, lists of dossier types. */
final class Textes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Textes() {
    }

    static String date(LocalDate date) {
        return FORMAT.format(date);
    }

    /** The types in their usual order: {@code PCMI, PC, PA, PD}. */
    static String types(Set<TypeDossier> types) {
        return Arrays.stream(TypeDossier.values()).filter(types::contains).map(Enum::name)
                .collect(Collectors.joining(", "));
    }

    /** {@code un dossier PC (Permis de construire)}. */
    static String dossier(TypeDossier type) {
        return "un dossier " + type.name() + " (" + type.libelle() + ")";
    }
}
