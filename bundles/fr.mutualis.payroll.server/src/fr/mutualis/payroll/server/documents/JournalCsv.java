package fr.mutualis.payroll.server.documents;

import java.math.BigDecimal;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.mutualis.core.api.CsvCell;
import fr.mutualis.payroll.api.JournalPaie;
import fr.mutualis.payroll.api.TotalArticle;
import fr.mutualis.payroll.api.TotalLigneJournal;
import fr.mutualis.payroll.api.TotauxBulletin;

/**
 * The payroll journal as CSV for a French spreadsheet: UTF-8 with a byte order mark, semicolons, decimal comma and
 * no grouping separator, three blocks (lines, budget articles, totals) separated by an empty row. No personal data.
 * Text cells are guarded against formula injection ({@link CsvCell}).
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
            ligne(csv, l.code(), l.libelle(), l.nature().name(), l.nombre(), l.base(), l.montantSalarial(),
                    l.montantPatronal());
        }
        csv.append("\r\n");
        ligne(csv, "Chapitre", "Article", "Libellé", "Montant");
        for (TotalArticle a : journal.articles()) {
            ligne(csv, TotalArticle.CHAPITRE, a.article(), a.libelle(), a.montant());
        }
        csv.append("\r\n");
        TotauxBulletin t = journal.totaux();
        ligne(csv, "Brut", "Cotisations salariales", "Net avant impôt", "Net imposable", "Prélèvement à la source",
                "Net à payer", "Charges patronales", "Coût employeur");
        ligne(csv, t.brut(), t.cotisationsSalariales(), t.netAvantImpot(), t.netImposable(),
                t.prelevementALaSource(), t.netAPayer(), t.chargesPatronales(), t.coutEmployeur());
        return csv.toString();
    }

    /** Numbers are written as numbers (a negative amount stays a number); every text goes through the guard. */
    private static void ligne(StringBuilder csv, Object... cellules) {
        csv.append(Stream.of(cellules).map(JournalCsv::cellule).collect(Collectors.joining(";"))).append("\r\n");
    }

    private static String cellule(Object valeur) {
        return switch (valeur) {
            case null -> "";
            case BigDecimal montant -> nombre(montant);
            case Integer n -> n.toString();
            default -> CsvCell.of(valeur.toString(), ';');
        };
    }

    private static String nombre(BigDecimal valeur) {
        return valeur == null ? "" : valeur.toPlainString().replace('.', ',');
    }
}
