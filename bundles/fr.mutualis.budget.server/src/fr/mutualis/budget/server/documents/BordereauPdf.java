package fr.mutualis.budget.server.documents;

import static fr.mutualis.budget.server.regles.FormatMontant.euros;

import java.time.format.DateTimeFormatter;
import java.util.List;

import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.Piece;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.TypeBordereau;

/**
 * The printable bordereau of mandats or titres the ordonnateur signs: identification of the collectivity, the budget
 * and the comptable's office, one row per line of pièce, the totals (number of pièces, amount of the bordereau, earlier
 * bordereaux and annual cumulation), the amount in words and the legal certification with the place for the signature.
 * A bordereau still in preparation is printed as a draft without number.
 */
public final class BordereauPdf {

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final float[] LARGEURS = { 38, 52, 118, 150, 92, 65 };
    private static final boolean[] A_DROITE = { true, false, false, false, false, true };

    private BordereauPdf() {
    }

    public static byte[] ecrire(ContenuBordereau b) {
        String nature = b.sens() == Sens.DEPENSE ? "mandats" : "titres de recettes";
        String designation = "Bordereau " + (b.type() == TypeBordereau.ANNULATION_REDUCTION
                ? "d'annulations et de réductions de " + nature : "des " + nature + " émis");
        String numero = b.numero() == null ? "PROJET (non numéroté, non transmis)" : "n° " + b.numero();
        PagesPdf pdf = new PagesPdf(designation + " " + numero + " — exercice " + b.exercice(),
                b.collectivite() + " — " + b.budget().libelle() + " — " + designation + " " + numero + " — exercice "
                        + b.exercice());
        pdf.titre(b.collectivite().toUpperCase(java.util.Locale.FRANCE));
        pdf.titre(designation + " " + numero);
        pdf.paragraphe("Budget : " + b.budget().libelle() + " (" + b.budget().type().libelle() + ", "
                + b.budget().declinaison().libelle() + ")");
        pdf.paragraphe("Exercice : " + b.exercice() + "    Date d'émission : " + JOUR.format(b.date())
                + "    Type de bordereau : " + b.type().code());
        pdf.paragraphe("Poste comptable (IdPost) : " + b.budget().idPost() + "    SIRET du budget (IdColl) : "
                + b.budget().idColl() + "    CodCol : " + b.budget().codCol() + "    CodBud : " + b.budget().codBud());
        pdf.espace(8);
        String piece = b.sens() == Sens.DEPENSE ? "Mandat" : "Titre";
        pdf.ligneTableau(new String[] { "N°", "Date", b.sens() == Sens.DEPENSE ? "Créancier" : "Débiteur", "Objet",
                "Imputation", "Montant" }, LARGEURS, A_DROITE, true);
        for (Piece p : b.pieces()) {
            List<LignePiece> lignes = p.lignes();
            for (int i = 0; i < lignes.size(); i++) {
                LignePiece ligne = lignes.get(i);
                String objet = i > 0 ? ligne.libelle() : p.origine() == null ? p.objet()
                        : p.nature().libelle() + " du " + p.sens().piece() + " n° " + p.origine() + " : " + p.objet();
                pdf.ligneTableau(new String[] { i == 0 ? String.valueOf(p.numero()) : "",
                        i == 0 ? JOUR.format(p.date()) : "", i == 0 ? p.tiers().nomComplet() : "", objet,
                        ligne.imputation().libelle(), euros(ligne.montant()) }, LARGEURS, A_DROITE, false);
            }
        }
        pdf.trait();
        pdf.espace(4);
        pdf.gras("Nombre de pièces : " + b.pieces().size());
        pdf.gras("Montant du présent bordereau : " + euros(b.total()));
        pdf.paragraphe("Montant des bordereaux précédents de l'exercice (même type) : " + euros(b.cumulAnterieur()));
        pdf.paragraphe("Montant cumulé de l'exercice : " + euros(b.cumulAnterieur().add(b.total())));
        pdf.espace(8);
        pdf.paragraphe("Arrêté le présent bordereau à la somme de " + MontantEnLettres.euros(b.total()) + " ("
                + euros(b.total()) + "), comprenant " + b.pieces().size() + " " + piece.toLowerCase() + "(s).");
        pdf.espace(4);
        pdf.paragraphe(b.sens() == Sens.DEPENSE
                ? "L'ordonnateur certifie le service fait, l'exactitude des calculs de liquidation et le caractère "
                        + "exécutoire des pièces justificatives jointes aux mandats du présent bordereau (article D1617-23"
                        + " du code général des collectivités territoriales ; instruction M57)."
                : "L'ordonnateur certifie que les titres de recettes portés au présent bordereau sont exécutoires "
                        + "(article L1617-5 du code général des collectivités territoriales) et que les droits constatés "
                        + "sont exacts.");
        pdf.espace(14);
        pdf.paragraphe("Fait à " + b.lieu() + ", le " + JOUR.format(b.date()) + ".");
        pdf.paragraphe("L'ordonnateur (nom, qualité, signature) :");
        pdf.espace(40);
        pdf.paragraphe("Visa du comptable public (date et signature) :");
        return pdf.terminer();
    }
}
