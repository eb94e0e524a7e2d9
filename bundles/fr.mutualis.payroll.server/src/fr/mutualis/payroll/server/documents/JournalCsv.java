package fr.mutualis.payroll.server.documents;

import fr.mutualis.core.server.csv.EcritureCsv;
import fr.mutualis.payroll.api.JournalPaie;
import fr.mutualis.payroll.api.TotalArticle;
import fr.mutualis.payroll.api.TotalLigneJournal;
import fr.mutualis.payroll.api.TotauxBulletin;

/**
 * The payroll journal as CSV for a French spreadsheet: UTF-8 with a byte order mark, semicolons, decimal comma and
 * no grouping separator, three blocks (lines, budget articles, totals) separated by an empty row. No personal data.
 * Written through {@link EcritureCsv}: numbers stay numbers, text cells are guarded against formula injection.
 */
public final class JournalCsv {

    private JournalCsv() {
    }

    public static String ecrire(JournalPaie journal) {
        EcritureCsv csv = new EcritureCsv();
        csv.ligne("Journal de paie", journal.nomCollectivite() + " (" + journal.collectivite().code() + ")",
                journal.paie().mois().toString(), journal.paie().etat().libelle(),
                journal.paie().nombreBulletins() + " bulletins");
        csv.ligneVide();
        csv.ligne("Code", "Rubrique", "Nature", "Bulletins", "Base", "Part salariale", "Part patronale");
        for (TotalLigneJournal l : journal.lignes()) {
            csv.ligne(l.code(), l.libelle(), l.nature().name(), l.nombre(), l.base(), l.montantSalarial(),
                    l.montantPatronal());
        }
        csv.ligneVide();
        csv.ligne("Chapitre", "Article", "Libellé", "Montant");
        for (TotalArticle a : journal.articles()) {
            csv.ligne(TotalArticle.CHAPITRE, a.article(), a.libelle(), a.montant());
        }
        csv.ligneVide();
        TotauxBulletin t = journal.totaux();
        csv.ligne("Brut", "Cotisations salariales", "Net avant impôt", "Net imposable", "Prélèvement à la source",
                "Net à payer", "Charges patronales", "Coût employeur");
        csv.ligne(t.brut(), t.cotisationsSalariales(), t.netAvantImpot(), t.netImposable(), t.prelevementALaSource(),
                t.netAPayer(), t.chargesPatronales(), t.coutEmployeur());
        return csv.toString();
    }
}
