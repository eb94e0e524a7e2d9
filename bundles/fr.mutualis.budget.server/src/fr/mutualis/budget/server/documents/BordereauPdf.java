package fr.mutualis.budget.server.documents;

import static fr.mutualis.core.api.FormatMontant.euros;

import java.time.format.DateTimeFormatter;
import java.util.List;

import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.Piece;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.TypeBordereau;
import fr.mutualis.core.server.documents.PdfLayout;
import fr.mutualis.core.server.documents.PdfLayout.Field;
import fr.mutualis.core.server.documents.Table;
import fr.mutualis.core.server.documents.Table.Column;

/**
 * The printable bordereau of mandats or titres the ordonnateur signs: identification of the collectivity, the budget
 * and the comptable's office, one row per line of pièce, the totals (number of pièces, amount of the bordereau, earlier
 * bordereaux and annual cumulation), the amount in words and the legal certification with the place for the signature.
 * A bordereau still in preparation is printed as a draft without number.
 */
public final class BordereauPdf {

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private BordereauPdf() {
    }

    public static byte[] ecrire(ContenuBordereau b) {
        String nature = b.sens() == Sens.DEPENSE ? "mandats" : "titres de recettes";
        String designation = "Bordereau " + (b.type() == TypeBordereau.ANNULATION_REDUCTION
                ? "d'annulations et de réductions de " + nature : "des " + nature + " émis");
        String numero = b.numero() == null ? "PROJET (non numéroté, non transmis)" : "n° " + b.numero();
        PdfLayout pdf = PdfLayout.portrait(designation + " " + numero + " — exercice " + b.exercice(),
                b.collectivite(), b.collectivite() + " — " + b.budget().libelle() + " — " + designation + " " + numero + " — exercice "
                        + b.exercice());
        pdf.title(b.collectivite().toUpperCase(java.util.Locale.FRANCE));
        pdf.title(designation + " " + numero);
        pdf.fields(List.of(new Field("Budget", b.budget().libelle() + " (" + b.budget().type().libelle() + ", "
                + b.budget().declinaison().libelle() + ")"), new Field("Exercice", String.valueOf(b.exercice())),
                new Field("Date d'émission", JOUR.format(b.date())), new Field("Type de bordereau", b.type().code())),
                List.of(new Field("Poste comptable (IdPost)", b.budget().idPost()),
                        new Field("SIRET du budget (IdColl)", b.budget().idColl()),
                        new Field("CodCol", b.budget().codCol()), new Field("CodBud", b.budget().codBud())));
        pdf.space(8);
        String piece = b.sens() == Sens.DEPENSE ? "Mandat" : "Titre";
        Table table = new Table(List.of(Column.right("N°"), Column.left("Date"),
                Column.left(b.sens() == Sens.DEPENSE ? "Créancier" : "Débiteur"), Column.left("Objet"),
                Column.left("Imputation"), Column.right("Montant")));
        for (Piece p : b.pieces()) {
            List<LignePiece> lignes = p.lignes();
            for (int i = 0; i < lignes.size(); i++) {
                LignePiece ligne = lignes.get(i);
                String objet = i > 0 ? ligne.libelle() : p.origine() == null ? p.objet()
                        : p.nature().libelle() + " du " + p.sens().piece() + " n° " + p.origine() + " : " + p.objet();
                table.row(List.of(i == 0 ? String.valueOf(p.numero()) : "", i == 0 ? JOUR.format(p.date()) : "",
                        i == 0 ? p.tiers().nomComplet() : "", objet, ligne.imputation().libelle(),
                        euros(ligne.montant())));
            }
        }
        pdf.table(table);
        pdf.rule();
        pdf.space(4);
        pdf.strong("Nombre de pièces : " + b.pieces().size());
        pdf.strong("Montant du présent bordereau : " + euros(b.total()));
        pdf.paragraph("Montant des bordereaux précédents de l'exercice (même type) : " + euros(b.cumulAnterieur()));
        pdf.paragraph("Montant cumulé de l'exercice : " + euros(b.cumulAnterieur().add(b.total())));
        pdf.space(8);
        pdf.paragraph("Arrêté le présent bordereau à la somme de " + MontantEnLettres.euros(b.total()) + " ("
                + euros(b.total()) + "), comprenant " + b.pieces().size() + " " + piece.toLowerCase() + "(s).");
        pdf.space(4);
        pdf.paragraph(b.sens() == Sens.DEPENSE
                ? "L'ordonnateur certifie le service fait, l'exactitude des calculs de liquidation et le caractère "
                        + "exécutoire des pièces justificatives jointes aux mandats du présent bordereau (article D1617-23"
                        + " du code général des collectivités territoriales ; instruction M57)."
                : "L'ordonnateur certifie que les titres de recettes portés au présent bordereau sont exécutoires "
                        + "(article L1617-5 du code général des collectivités territoriales) et que les droits constatés "
                        + "sont exacts.");
        pdf.space(14);
        pdf.paragraph("Fait à " + b.lieu() + ", le " + JOUR.format(b.date()) + ".");
        pdf.signatures("L'ordonnateur (nom, qualité, signature) :", "Visa du comptable public (date et signature) :");
        return pdf.toBytes();
    }
}
