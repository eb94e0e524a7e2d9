package fr.mutualis.payroll.ui.paie;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import fr.mutualis.core.api.MutualisException;
import fr.mutualis.payroll.api.DeclarationDsn;

/**
 * A DSN as the client writes it: the file as the server produced it and, beside it, the validator's result in
 * French; the same result in one line for the state line.
 */
final class ResultatDsn {

    private ResultatDsn() {
    }

    /**
     * Writes the DSN file into {@code dossier} in ISO 8859-1 (the norme NEODeS's character set) and the validator's
     * result beside it ({@code <file>-validateur.txt}, UTF-8); returns the DSN file.
     */
    static Path ecrire(DeclarationDsn dsn, Path dossier) {
        Path fichier = dossier.resolve(dsn.nomFichier());
        try {
            Files.write(fichier, dsn.contenu().getBytes(StandardCharsets.ISO_8859_1));
            Files.writeString(dossier.resolve(dsn.nomFichier() + "-validateur.txt"), texte(dsn),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MutualisException("Écriture impossible de « " + fichier + " » : " + e.getMessage());
        }
        return fichier;
    }

    static String resume(DeclarationDsn dsn) {
        return "Norme " + dsn.norme() + ", " + dsn.individus() + " individu(s). Validateur : " + (dsn.conforme()
                ? "aucune anomalie" : dsn.anomalies().size() + " anomalie(s) : " + String.join(" ; ", dsn.anomalies()))
                + ". Rapprochement avec le journal : " + String.join(" ; ", dsn.rapprochements().stream()
                        .map(ResultatDsn::sansPoint).toList()) + ".";
    }

    private static String sansPoint(String ligne) {
        return ligne.endsWith(".") ? ligne.substring(0, ligne.length() - 1) : ligne;
    }

    static String texte(DeclarationDsn dsn) {
        return "DSN " + dsn.nomFichier() + " (" + dsn.norme() + "), " + dsn.individus() + " individus\n"
                + "Anomalies : " + (dsn.conforme() ? "aucune" : "\n  " + String.join("\n  ", dsn.anomalies()))
                + "\nRapprochement avec le journal :\n  " + String.join("\n  ", dsn.rapprochements()) + "\n";
    }
}
