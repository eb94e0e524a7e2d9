package fr.mutualis.urbanism.server.documents;

import java.time.LocalDate;
import java.util.List;

import fr.mutualis.core.server.documents.PdfLayout;
import fr.mutualis.core.server.documents.Table;
import fr.mutualis.core.server.documents.Table.Column;

/** The register of applications of a commune for one filing year, as a landscape PDF table. */
public final class RegistrePdf {

    private static final List<Column> COLONNES = List.of(Column.left("Numéro"), Column.left("Dépôt"),
            Column.left("Demandeur"), Column.left("Terrain"), Column.left("Objet"), Column.left("État"),
            Column.left("Date limite"));

    private RegistrePdf() {
    }

    /** @param edition the day the register is printed */
    public static byte[] pdf(String commune, String codeInsee, int annee, List<LigneRegistre> lignes,
            LocalDate edition) {
        PdfLayout pdf = PdfLayout.landscape(
                "Registre des demandes d'autorisation d'urbanisme " + annee + " - " + commune, "Commune de " + commune,
                "Registre " + annee + " — commune de " + commune + " — édité le " + Libelles.date(edition));
        pdf.title("Registre des demandes d'autorisation d'urbanisme");
        pdf.paragraph("Commune de " + commune + " (code INSEE " + codeInsee + ") — demandes déposées en " + annee
                + " — " + lignes.size() + " demande(s).");
        pdf.space(6);
        Table table = new Table(COLONNES);
        lignes.forEach(l -> table.row(List.of(Libelles.numero(l.numero()), Libelles.date(l.dateDepot()),
                l.demandeur(), l.adresseTerrain() + " (" + l.parcelles() + ")", l.objet(), l.etat().libelle(),
                l.etat().estFinal() ? "" : Libelles.date(l.dateLimite()))));
        pdf.table(table);
        return pdf.toBytes();
    }
}
