package fr.mutualis.payroll.ui.paie;

import fr.mutualis.payroll.api.DeclarationDsn;

/** The validator's result of a DSN, in French: one line for the state line, the full text for the file beside it. */
final class ResultatDsn {

    private ResultatDsn() {
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
