package fr.mutualis.payroll.server.documents;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import fr.mutualis.core.server.documents.PdfLayout;
import fr.mutualis.core.server.documents.PdfLayout.Field;
import fr.mutualis.core.server.documents.Table;
import fr.mutualis.core.server.documents.Table.Column;
import fr.mutualis.payroll.api.BulletinResume;
import fr.mutualis.payroll.api.FormatFrancais;
import fr.mutualis.payroll.api.JournalPaie;
import fr.mutualis.payroll.api.TotalArticle;
import fr.mutualis.payroll.api.TotalLigneJournal;
import fr.mutualis.payroll.api.TotauxBulletin;

/**
 * The payroll journal of a month as a PDF: totals per line, per budget article of chapter 012, overall, and the état
 * nominatif (per agent: gross, deductions, net paid, cost), the supporting document of the net-pay mandat.
 */
public final class JournalPdf {

    private JournalPdf() {
    }

    public static byte[] ecrire(JournalPaie journal) {
        return ecrire(journal, List.of());
    }

    /** The journal with the état nominatif of {@code bulletins} (none: no état). */
    public static byte[] ecrire(JournalPaie journal, List<BulletinResume> bulletins) {
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
        if (!bulletins.isEmpty()) {
            pdf.space(10);
            pdf.paragraph("État nominatif : brut, retenues (cotisations salariales et prélèvement à la source), net "
                    + "à payer et coût employeur de chaque agent");
            Table etat = new Table(List.of(Column.left("Matricule"), Column.left("Agent"), Column.right("Brut"),
                    Column.right("Retenues"), Column.right("Net à payer"), Column.right("Coût employeur")));
            etat(bulletins).forEach(etat::row);
            pdf.table(etat);
        }
        return pdf.toBytes();
    }

    /** One row per agent by name, then the totals (they equal the journal's). */
    static List<List<String>> etat(List<BulletinResume> bulletins) {
        List<List<String>> etat = new java.util.ArrayList<>();
        BigDecimal brut = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal cout = BigDecimal.ZERO;
        for (BulletinResume b : bulletins.stream().sorted(Comparator.comparing(BulletinResume::nom)
                .thenComparing(BulletinResume::prenom).thenComparing(BulletinResume::matricule)).toList()) {
            etat.add(List.of(b.matricule(), b.nom() + " " + b.prenom(), FormatFrancais.montant(b.brut()),
                    FormatFrancais.montant(b.brut().subtract(b.netAPayer())), FormatFrancais.montant(b.netAPayer()),
                    FormatFrancais.montant(b.coutEmployeur())));
            brut = brut.add(b.brut());
            net = net.add(b.netAPayer());
            cout = cout.add(b.coutEmployeur());
        }
        etat.add(List.of("Total", bulletins.size() + " agent(s)", FormatFrancais.montant(brut),
                FormatFrancais.montant(brut.subtract(net)), FormatFrancais.montant(net), FormatFrancais.montant(cout)));
        return etat;
    }
}
