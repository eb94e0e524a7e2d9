package fr.mutualis.payroll.server.calcul;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import fr.mutualis.payroll.api.LigneBulletin;
import fr.mutualis.payroll.api.NatureLigne;
import fr.mutualis.payroll.api.TotauxBulletin;

/** The lines of the payslip being computed, each rounded as soon as it is added. */
final class LignesEnCours {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final List<LigneBulletin> lignes = new ArrayList<>();

    void gain(String code, String libelle, BigDecimal montant) {
        lignes.add(new LigneBulletin(code, libelle, NatureLigne.GAIN, null, null, montant, null, ZERO));
    }

    void deduction(String code, String libelle, BigDecimal montant) {
        lignes.add(new LigneBulletin(code, libelle, NatureLigne.DEDUCTION, null, null, montant, null, ZERO));
    }

    /** A contribution on {@code base}; a null rate means no employee (or no employer) part. */
    void cotisation(String code, String libelle, BigDecimal base, BigDecimal tauxSalarial,
            BigDecimal tauxPatronal) {
        lignes.add(new LigneBulletin(code, libelle, NatureLigne.COTISATION, base, tauxSalarial,
                Arrondi.taux(base, tauxSalarial), tauxPatronal, Arrondi.taux(base, tauxPatronal)));
    }

    /** An employee contribution that stays in the taxable net (CSG non déductible, CRDS). */
    void contributionNonDeductible(String code, String libelle, BigDecimal base, BigDecimal taux) {
        lignes.add(new LigneBulletin(code, libelle, NatureLigne.CONTRIBUTION_NON_DEDUCTIBLE, base, taux,
                Arrondi.taux(base, taux), null, ZERO));
    }

    /** A line computed elsewhere (a rappel of an earlier month), added as it is. */
    void ajouter(LigneBulletin ligne) {
        lignes.add(ligne);
    }

    void impot(String code, String libelle, BigDecimal base, BigDecimal taux) {
        lignes.add(new LigneBulletin(code, libelle, NatureLigne.IMPOT, base, taux, Arrondi.taux(base, taux), null,
                ZERO));
    }

    /** Totals of the lines added so far. */
    TotauxBulletin totaux() {
        return TotauxBulletin.calculer(lignes);
    }

    List<LigneBulletin> lignes() {
        return List.copyOf(lignes);
    }
}
