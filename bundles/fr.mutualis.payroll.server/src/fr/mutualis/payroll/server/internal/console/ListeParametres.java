package fr.mutualis.payroll.server.internal.console;

import java.time.LocalDate;

import fr.mutualis.core.console.Table;
import fr.mutualis.core.server.parametres.ReferenceJuridique;
import fr.mutualis.payroll.api.FormatFrancais;
import fr.mutualis.payroll.server.parametres.CleParametre;
import fr.mutualis.payroll.server.parametres.ParametresPaie;
import fr.mutualis.payroll.server.parametres.Unite;

/** The payroll parameters in force on a date, each with its date of effect and legal reference, as a table. */
final class ListeParametres {

    private static final int REFERENCE_MAX = 70;

    private ListeParametres() {
    }

    static String texte(ParametresPaie parametres, LocalDate date) {
        Table table = new Table("Clé", "Valeur", "Depuis", "Référence").right(1);
        int manquants = 0;
        for (CleParametre cle : CleParametre.values()) {
            if (cle.unite() == Unite.BAREME) {
                var version = parametres.baremeEnVigueur(cle, date);
                if (version.isPresent()) {
                    table.row(cle.code(), version.get().valeur().toString(), version.get().dateEffet(),
                            court(version.get().reference()));
                } else {
                    table.row(cle.code(), "manquant", "", "");
                    manquants++;
                }
            } else {
                var valeur = parametres.enVigueur(cle, date);
                if (valeur.isPresent()) {
                    table.row(cle.code(), valeur.get().valeur().toPlainString(), valeur.get().dateEffet(),
                            court(valeur.get().reference()));
                } else {
                    table.row(cle.code(), "manquant", "", "");
                    manquants++;
                }
            }
        }
        return "Paramètres de paie en vigueur le " + FormatFrancais.date(date) + " :\n" + table
                + table.size() + " paramètre(s)" + (manquants == 0 ? "" : ", dont " + manquants + " manquant(s)");
    }

    private static String court(ReferenceJuridique reference) {
        String texte = reference.texte();
        return texte.length() <= REFERENCE_MAX ? texte : texte.substring(0, REFERENCE_MAX - 1) + "…";
    }
}
