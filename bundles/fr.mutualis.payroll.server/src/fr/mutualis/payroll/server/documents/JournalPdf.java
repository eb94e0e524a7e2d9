package fr.mutualis.payroll.server.documents;

import java.util.List;

import fr.mutualis.payroll.api.FormatFrancais;
import fr.mutualis.payroll.api.JournalPaie;
import fr.mutualis.payroll.api.TotalArticle;
import fr.mutualis.payroll.api.TotalLigneJournal;
import fr.mutualis.payroll.api.TotauxBulletin;
import fr.mutualis.payroll.server.documents.DocumentPdf.Alignement;
import fr.mutualis.payroll.server.documents.DocumentPdf.Colonne;

/** The payroll journal of a month as a PDF: totals per line, per budget article of chapter 012, and overall. */
public final class JournalPdf {

    private static final List<Colonne> LIGNES = List.of(new Colonne(215, Alignement.GAUCHE),
            new Colonne(50, Alignement.DROITE), new Colonne(85, Alignement.DROITE), new Colonne(80, Alignement.DROITE),
            new Colonne(85, Alignement.DROITE));
    private static final List<Colonne> ARTICLES = List.of(new Colonne(60, Alignement.GAUCHE),
            new Colonne(355, Alignement.GAUCHE), new Colonne(100, Alignement.DROITE));

    private JournalPdf() {
    }

    public static byte[] ecrire(JournalPaie journal) {
        String titre = "Journal de paie — " + FormatFrancais.mois(journal.paie().mois());
        try (DocumentPdf pdf = new DocumentPdf(titre)) {
            pdf.titre(titre);
            pdf.texte(journal.nomCollectivite() + " (" + journal.collectivite().code() + ") — paie "
                    + journal.paie().etat().libelle() + ", " + journal.paie().nombreBulletins() + " bulletin(s)", 10);
            pdf.espace(8);
            pdf.rangee(LIGNES, List.of("Rubrique", "Bulletins", "Base", "Part salariale", "Part patronale"), true,
                    true);
            for (TotalLigneJournal ligne : journal.lignes()) {
                pdf.rangee(LIGNES, List.of(ligne.libelle(), Integer.toString(ligne.nombre()),
                        FormatFrancais.montant(ligne.base()), FormatFrancais.montant(ligne.montantSalarial()),
                        FormatFrancais.montant(ligne.montantPatronal())), false, false);
            }
            pdf.espace(10);
            pdf.rangee(ARTICLES, List.of("Article", "Chapitre " + TotalArticle.CHAPITRE + " — charges de personnel",
                    "Montant"), true, true);
            for (TotalArticle article : journal.articles()) {
                pdf.rangee(ARTICLES, List.of(article.article(), article.libelle(),
                        FormatFrancais.montant(article.montant())), false, false);
            }
            pdf.espace(10);
            TotauxBulletin t = journal.totaux();
            pdf.blocs(List.of(new String[] { "Brut", FormatFrancais.montant(t.brut()) },
                    new String[] { "Cotisations salariales", FormatFrancais.montant(t.cotisationsSalariales()) },
                    new String[] { "Prélèvement à la source", FormatFrancais.montant(t.prelevementALaSource()) },
                    new String[] { "Net à payer", FormatFrancais.montant(t.netAPayer()) }),
                    List.of(new String[] { "Net imposable", FormatFrancais.montant(t.netImposable()) },
                            new String[] { "Charges patronales", FormatFrancais.montant(t.chargesPatronales()) },
                            new String[] { "Coût employeur", FormatFrancais.montant(t.coutEmployeur()) }));
            return pdf.terminer();
        }
    }
}
