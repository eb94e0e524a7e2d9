package fr.mutualis.payroll.server.documents;

import java.util.List;

import fr.mutualis.core.server.documents.PdfLayout;
import fr.mutualis.core.server.documents.PdfLayout.Field;
import fr.mutualis.core.server.documents.Table;
import fr.mutualis.core.server.documents.Table.Column;
import fr.mutualis.payroll.api.FormatFrancais;
import fr.mutualis.payroll.api.JournalPaie;
import fr.mutualis.payroll.api.TotalArticle;
import fr.mutualis.payroll.api.TotalLigneJournal;
import fr.mutualis.payroll.api.TotauxBulletin;

/** The payroll journal of a month as a PDF: totals per line, per budget article of chapter 012, and overall. */
public final class JournalPdf {

    private JournalPdf() {
    }

    public static byte[] ecrire(JournalPaie journal) {
        String titre = "Journal de paie — " + FormatFrancais.mois(journal.paie().mois());
        String collectivite = journal.nomCollectivite() + " (" + journal.collectivite().code() + ")";
        PdfLayout pdf = PdfLayout.portrait(titre, journal.nomCollectivite(), titre + " — " + collectivite);
        pdf.title(titre);
        pdf.paragraph(collectivite + " — paie " + journal.paie().etat().libelle() + ", "
                + journal.paie().nombreBulletins() + " bulletin(s)");
        pdf.space(8);
        Table lignes = new Table(List.of(Column.left("Rubrique"), Column.right("Bulletins"), Column.right("Base"),
                Column.right("Part salariale"), Column.right("Part patronale")));
        for (TotalLigneJournal ligne : journal.lignes()) {
            lignes.row(List.of(ligne.libelle(), Integer.toString(ligne.nombre()), FormatFrancais.montant(ligne.base()),
                    FormatFrancais.montant(ligne.montantSalarial()), FormatFrancais.montant(ligne.montantPatronal())));
        }
        pdf.table(lignes);
        pdf.space(10);
        Table articles = new Table(List.of(Column.left("Article"),
                Column.left("Chapitre " + TotalArticle.CHAPITRE + " — charges de personnel"), Column.right("Montant")));
        for (TotalArticle article : journal.articles()) {
            articles.row(List.of(article.article(), article.libelle(), FormatFrancais.montant(article.montant())));
        }
        pdf.table(articles);
        pdf.space(10);
        TotauxBulletin t = journal.totaux();
        pdf.fields(List.of(new Field("Brut", FormatFrancais.montant(t.brut())),
                new Field("Cotisations salariales", FormatFrancais.montant(t.cotisationsSalariales())),
                new Field("Prélèvement à la source", FormatFrancais.montant(t.prelevementALaSource())),
                new Field("Net à payer", FormatFrancais.montant(t.netAPayer()))),
                List.of(new Field("Net imposable", FormatFrancais.montant(t.netImposable())),
                        new Field("Charges patronales", FormatFrancais.montant(t.chargesPatronales())),
                        new Field("Coût employeur", FormatFrancais.montant(t.coutEmployeur()))));
        return pdf.toBytes();
    }
}
