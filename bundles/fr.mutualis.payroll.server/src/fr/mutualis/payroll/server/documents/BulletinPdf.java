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

/**
 * The bulletin de paie as a PDF, laid out from the same {@link PresentationBulletin} as the client's view: one
 * payslip, or every payslip of a month in one document (each starting on a new page).
 */
public final class BulletinPdf {

    private BulletinPdf() {
    }

    public static byte[] ecrire(PresentationBulletin bulletin) {
        String employeur = employeur(bulletin);
        PdfLayout pdf = PdfLayout.portrait(bulletin.titre(), employeur, bulletin.titre() + " — " + employeur);
        page(pdf, bulletin);
        return pdf.toBytes();
    }

    /** The payslips in one document, in the order given, each from the top of a page. */
    public static byte[] ecrire(List<PresentationBulletin> bulletins, String titre, String employeur) {
        PdfLayout pdf = PdfLayout.portrait(titre, employeur, titre + " — " + employeur);
        for (int i = 0; i < bulletins.size(); i++) {
            if (i > 0) {
                pdf.pageBreak();
            }
            page(pdf, bulletins.get(i));
        }
        return pdf.toBytes();
    }

    private static void page(PdfLayout pdf, PresentationBulletin bulletin) {
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
        List<Champ> recapitulatif = bulletin.recapitulatif();
        pdf.fields(champs(recapitulatif.stream().filter(c -> !c.libelle().startsWith(PresentationBulletin.CUMUL))
                .toList()), champs(recapitulatif.stream()
                        .filter(c -> c.libelle().startsWith(PresentationBulletin.CUMUL)).toList()));
        pdf.space(10);
        bulletin.mentions().forEach(pdf::small);
    }

    private static String employeur(PresentationBulletin bulletin) {
        return bulletin.employeur().isEmpty() ? "" : bulletin.employeur().get(0).valeur();
    }

    static List<Field> champs(List<Champ> champs) {
        return champs.stream().map(champ -> new Field(champ.libelle(), champ.valeur())).toList();
    }
}
