package fr.mutualis.urbanism.server.documents;

import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The register of applications of a commune for one filing year, as a landscape PDF table. */
public final class RegistrePdf {

    private static final float[] LARGEURS = { 100, 48, 110, 135, 160, 135, 52 };
    private static final String[] COLONNES = { "Numéro", "Dépôt", "Demandeur", "Terrain", "Objet", "État",
            "Date limite" };

    private RegistrePdf() {
    }

    /** @param edition the day the register is printed */
    public static byte[] pdf(String commune, String codeInsee, int annee, List<LigneRegistre> lignes,
            LocalDate edition) {
        PdfLayout pdf = new PdfLayout(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()),
                "Registre des demandes d'autorisation d'urbanisme " + annee + " - " + commune,
                "Registre " + annee + " — commune de " + commune + " — édité le " + Libelles.date(edition));
        pdf.title("Registre des demandes d'autorisation d'urbanisme");
        pdf.paragraph("Commune de " + commune + " (code INSEE " + codeInsee + ") — demandes déposées en " + annee
                + " — " + lignes.size() + " demande(s).");
        pdf.space(6);
        pdf.table(LARGEURS, COLONNES, lignes.stream().map(l -> new String[] { l.numero(),
                Libelles.date(l.dateDepot()), l.demandeur(), l.adresseTerrain() + " (" + l.parcelles() + ")",
                l.objet(), l.etat().libelle(), l.etat().estFinal() ? "" : Libelles.date(l.dateLimite()) }).toList());
        return pdf.toBytes();
    }
}
