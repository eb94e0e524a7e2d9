package fr.mutualis.payroll.server.documents;

import java.util.List;

import fr.mutualis.payroll.api.PresentationBulletin;
import fr.mutualis.payroll.api.PresentationBulletin.Champ;
import fr.mutualis.payroll.api.PresentationBulletin.Genre;
import fr.mutualis.payroll.api.PresentationBulletin.Rangee;
import fr.mutualis.payroll.server.documents.DocumentPdf.Alignement;
import fr.mutualis.payroll.server.documents.DocumentPdf.Colonne;

/** The bulletin de paie as a PDF, laid out from the same {@link PresentationBulletin} as the client's view. */
public final class BulletinPdf {

    private static final List<Colonne> COLONNES = List.of(new Colonne(180, Alignement.GAUCHE),
            new Colonne(60, Alignement.DROITE), new Colonne(45, Alignement.DROITE), new Colonne(60, Alignement.DROITE),
            new Colonne(60, Alignement.DROITE), new Colonne(45, Alignement.DROITE), new Colonne(65, Alignement.DROITE));

    private BulletinPdf() {
    }

    public static byte[] ecrire(PresentationBulletin bulletin) {
        try (DocumentPdf pdf = new DocumentPdf(bulletin.titre())) {
            pdf.titre(bulletin.titre());
            pdf.texte(bulletin.periode(), 10);
            pdf.espace(6);
            pdf.blocs(champs(bulletin.employeur()), champs(bulletin.agent()));
            pdf.espace(10);
            pdf.rangee(COLONNES, PresentationBulletin.COLONNES, true, true);
            for (Rangee rangee : bulletin.rangees()) {
                pdf.rangee(COLONNES, rangee.cellules(), rangee.genre() != Genre.LIGNE, rangee.genre() == Genre.SECTION);
            }
            pdf.espace(10);
            pdf.blocs(champs(bulletin.recapitulatif()), List.of());
            pdf.espace(10);
            bulletin.mentions().forEach(pdf::mention);
            return pdf.terminer();
        }
    }

    static List<String[]> champs(List<Champ> champs) {
        return champs.stream().map(champ -> new String[] { champ.libelle(), champ.valeur() }).toList();
    }
}
