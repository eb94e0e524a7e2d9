package fr.mutualis.payroll.server.documents;

import java.util.List;

import fr.mutualis.core.server.documents.PdfLayout;
import fr.mutualis.core.server.documents.PdfLayout.Field;
import fr.mutualis.core.server.documents.Table;
import fr.mutualis.core.server.documents.Table.Column;
import fr.mutualis.core.server.documents.Table.Style;
import fr.mutualis.payroll.api.PresentationBulletin;
import fr.mutualis.payroll.api.PresentationBulletin.Champ;
import fr.mutualis.payroll.api.PresentationBulletin.Rangee;

/** The bulletin de paie as a PDF, laid out from the same {@link PresentationBulletin} as the client's view. */
public final class BulletinPdf {

    private BulletinPdf() {
    }

    public static byte[] ecrire(PresentationBulletin bulletin) {
        String employeur = bulletin.employeur().isEmpty() ? "" : bulletin.employeur().get(0).valeur();
        PdfLayout pdf = PdfLayout.portrait(bulletin.titre(), employeur, bulletin.titre() + " — " + employeur);
        pdf.title(bulletin.titre());
        pdf.paragraph(bulletin.periode());
        pdf.space(6);
        pdf.fields(champs(bulletin.employeur()), champs(bulletin.agent()));
        pdf.space(10);
        List<String> entetes = PresentationBulletin.COLONNES;
        Table table = new Table(entetes.stream().map(e -> e == entetes.get(0) ? Column.left(e) : Column.right(e))
                .toList());
        for (Rangee rangee : bulletin.rangees()) {
            table.row(rangee.cellules(), switch (rangee.genre()) {
                case LIGNE -> Style.PLAIN;
                case SECTION -> Style.BAND;
                default -> Style.BOLD;
            });
        }
        pdf.table(table);
        pdf.space(10);
        pdf.fields(champs(bulletin.recapitulatif()), List.of());
        pdf.space(10);
        bulletin.mentions().forEach(pdf::small);
        return pdf.toBytes();
    }

    static List<Field> champs(List<Champ> champs) {
        return champs.stream().map(champ -> new Field(champ.libelle(), champ.valeur())).toList();
    }
}
