package fr.mutualis.payroll.server.calcul;

import java.math.BigDecimal;
import java.util.List;

import fr.mutualis.payroll.api.Absence;
import fr.mutualis.payroll.api.CategorieTpp;
import fr.mutualis.payroll.api.ElementIndemnitaire;
import fr.mutualis.payroll.api.RegimeRetraite;
import fr.mutualis.payroll.api.SituationAgent;
import fr.mutualis.payroll.server.calcul.RetenuesAbsences.Retenues;
import fr.mutualis.payroll.server.parametres.CleParametre;

/**
 * Gross pay: TIB + NBI + indemnité de résidence + SFT + régime indemnitaire - transfert primes/points + indemnité
 * différentielle - deductions for absences, each line rounded to the cent.
 */
final class ElementsDeRemuneration {

    private ElementsDeRemuneration() {
    }

    /** Adds the pay lines (the transfert primes/points only under the CNRACL) and the deductions for absences. */
    static Remuneration ajouter(SituationAgent situation, List<Absence> absences, RegimeRetraite regime,
            TempsDeTravail temps, ParametresDuMois parametres, LignesEnCours lignes) {
        boolean abattementTpp = regime == RegimeRetraite.CNRACL;
        BigDecimal point = parametres.valeur(CleParametre.POINT_INDICE);
        BigDecimal traitement = temps.traitement(situation.indiceMajore(), point);
        lignes.gain(CodesLignes.TRAITEMENT_INDICIAIRE,
                "Traitement indiciaire brut (IM " + situation.indiceMajore() + ")", traitement);

        BigDecimal nbi = BigDecimal.ZERO.setScale(2);
        if (situation.pointsNbi() > 0) {
            nbi = temps.traitement(situation.pointsNbi(), point);
            lignes.gain(CodesLignes.NBI, "Nouvelle bonification indiciaire (" + situation.pointsNbi() + " points)",
                    nbi);
        }

        BigDecimal residence = indemniteResidence(situation, traitement.add(nbi), temps, parametres);
        if (residence.signum() > 0) {
            lignes.gain(CodesLignes.INDEMNITE_RESIDENCE,
                    "Indemnité de résidence (" + situation.zoneResidence().libelle() + ")", residence);
        }

        BigDecimal sft = BigDecimal.ZERO.setScale(2);
        if (situation.nombreEnfants() > 0) {
            sft = SupplementFamilial.montant(situation, temps, parametres);
            lignes.gain(CodesLignes.SUPPLEMENT_FAMILIAL,
                    "Supplément familial de traitement (" + situation.nombreEnfants() + " enfant"
                            + (situation.nombreEnfants() > 1 ? "s" : "") + ")", sft);
        }

        BigDecimal primes = BigDecimal.ZERO.setScale(2);
        for (ElementIndemnitaire element : situation.elementsIndemnitaires()) {
            if (element.nature().protectionSocialeComplementaire()) {
                continue; // not a prime: ProtectionSocialeComplementaire adds it after the contributions
            }
            lignes.gain(element.nature().code(), element.libelle(), element.montantMensuel());
            primes = primes.add(element.montantMensuel());
        }

        if (abattementTpp && situation.categorieTpp() != CategorieTpp.AUCUNE) {
            lignes.deduction(CodesLignes.TRANSFERT_PRIMES_POINTS,
                    "Transfert primes/points (catégorie " + situation.categorieTpp() + ")",
                    temps.proratiserAnnuel(parametres.valeur(cleTpp(situation.categorieTpp()))));
        }

        // Décret 91-769: only the TIB is compared with the SMIC (NBI, IR, SFT and primes are left out).
        BigDecimal differentielle = temps.proratiser(parametres.valeur(CleParametre.SMIC_MENSUEL)).subtract(traitement);
        if (differentielle.signum() > 0) {
            lignes.gain(CodesLignes.INDEMNITE_DIFFERENTIELLE, "Indemnité différentielle (SMIC)", differentielle);
        }
        Retenues retenues = RetenuesAbsences.ajouter(absences, parametres.mois(), regime, traitement, nbi,
                residence, primes, temps, parametres, lignes);
        return new Remuneration(traitement.subtract(retenues.traitement()), nbi.subtract(retenues.nbi()), sft,
                lignes.totaux().brut());
    }

    /**
     * round(rate x traitement soumis à retenue pour pension, i.e. TIB + NBI: décret 85-1148 art. 9, loi 91-73 art. 27),
     * never below the amount computed on the floor index (prorated like the TIB).
     */
    private static BigDecimal indemniteResidence(SituationAgent situation, BigDecimal traitementEtNbi,
            TempsDeTravail temps, ParametresDuMois parametres) {
        BigDecimal taux = parametres.valeur(switch (situation.zoneResidence()) {
            case ZONE_1 -> CleParametre.IR_TAUX_ZONE_1;
            case ZONE_2 -> CleParametre.IR_TAUX_ZONE_2;
            case ZONE_3 -> CleParametre.IR_TAUX_ZONE_3;
        });
        int plancher = parametres.valeur(CleParametre.IR_INDICE_PLANCHER).intValueExact();
        BigDecimal traitementPlancher = temps.traitement(plancher, parametres.valeur(CleParametre.POINT_INDICE));
        return Arrondi.taux(traitementEtNbi, taux).max(Arrondi.taux(traitementPlancher, taux));
    }

    private static CleParametre cleTpp(CategorieTpp categorie) {
        return switch (categorie) {
            case A -> CleParametre.TPP_CATEGORIE_A;
            case B -> CleParametre.TPP_CATEGORIE_B;
            case C -> CleParametre.TPP_CATEGORIE_C;
            case AUCUNE -> throw new IllegalArgumentException("aucun abattement pour la catégorie AUCUNE");
        };
    }
}
