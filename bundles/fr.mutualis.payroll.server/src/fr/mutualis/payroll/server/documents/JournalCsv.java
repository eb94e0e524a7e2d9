package fr.mutualis.payroll.server.documents;

import java.math.BigDecimal;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.mutualis.payroll.api.JournalPaie;
import fr.mutualis.payroll.api.TotalArticle;
import fr.mutualis.payroll.api.TotalLigneJournal;
import fr.mutualis.payroll.api.TotauxBulletin;

/**
 * The payroll journal as CSV for a French spreadsheet: UTF-8 with a byte order mark, semicolons, decimal comma and
 * no grouping separator, three blocks (lines, budget articles, totals) separated by an empty row. No personal data.
 */
public final class JournalCsv {

    private JournalCsv() {
    }

    public static String ecrire(JournalPaie journal) {
        StringBuilder csv = new StringBuilder("\ufeff");
        ligne(csv, "Journal de paie", journal.nomCollectivite() + " (" + journal.collectivite().code() + ")",
                journal.paie().mois().toString(), journal.paie().etat().libelle(),
                journal.paie().nombreBulletins() + " bulletins");
        csv.append("\r\n");
        ligne(csv, "Code", "Rubrique", "Nature", "Bulletins", "Base", "Part salariale", "Part patronale");
        for (TotalLigneJournal l : journal.lignes()) {
            ligne(csv, l.code(), l.libelle(), l.nature().name(), Integer.toString(l.nombre()), nombre(l.base()),
                    nombre(l.montantSalarial()), nombre(l.montantPatronal()));
        }
        csv.append("\r\n");
        ligne(csv, "Chapitre", "Article", "Libellé", "Montant");
        for (TotalArticle a : journal.articles()) {
            ligne(csv, TotalArticle.CHAPITRE, a.article(), a.libelle(), nombre(a.montant()));
        }
        csv.append("\r\n");
        TotauxBulletin t = journal.totaux();
        ligne(csv, "Brut", "Cotisations salariales", "Net avant impôt", "Net imposable", "Prélèvement à la source",
                "Net à payer", "Charges patronales", "Coût employeur");
        ligne(csv, nombre(t.brut()), nombre(t.cotisationsSalariales()), nombre(t.netAvantImpot()),
                nombre(t.netImposable()), nombre(t.prelevementALaSource()), nombre(t.netAPayer()),
                nombre(t.chargesPatronales()), nombre(t.coutEmployeur()));
        return csv.toString();
    }

    private static void ligne(StringBuilder csv, String... cellules) {
        csv.append(Stream.of(cellules).map(JournalCsv::cellule).collect(Collectors.joining(";"))).append("\r\n");
    }

    private static String cellule(String valeur) {
        if (valeur == null) {
            return "";
        }
        boolean proteger = valeur.contains(";") || valeur.contains("\"") || valeur.contains("\n");
        return proteger ? "\"" + valeur.replace("\"", "\"\"") + "\"" : valeur;
    }

    private static String nombre(BigDecimal valeur) {
        return valeur == null ? "" : valeur.toPlainString().replace('.', ',');
    }
}
