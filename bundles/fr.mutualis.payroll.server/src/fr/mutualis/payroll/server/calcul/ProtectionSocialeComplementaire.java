package fr.mutualis.payroll.server.calcul;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.payroll.api.ElementIndemnitaire;
import fr.mutualis.payroll.api.FormatFrancais;
import fr.mutualis.payroll.api.NatureElement;
import fr.mutualis.payroll.api.SituationAgent;
import fr.mutualis.payroll.server.parametres.CleParametre;

/**
 * The employer's participations to the agent's protection sociale complémentaire (code général de la fonction
 * publique art. L827-7 to L827-12; décret 2022-581 du 20 avril 2022), entered on the agent's record as monthly
 * elements ({@link NatureElement#PARTICIPATION_PREVOYANCE}, {@link NatureElement#PARTICIPATION_SANTE}) and paid with
 * the pay (labelled contracts: the participation goes to the agent, who pays his insurer).
 * <ul>
 * <li>Minimum: from 1 January 2025 the prévoyance participation of an agent covered is at least 20 % of a reference
 * amount of 35 € (7 €), from 1 January 2026 the santé one at least half of 30 € (15 €) (décret 2022-581 art. 2;
 * parameters {@code psc.*.participation_minimale}); a participation below it is refused; none (0) means the agent
 * subscribed no contract.</li>
 * <li>Social treatment: excluded from the contribution bases (the régime social de faveur of the employer's prévoyance
 * contributions, urssaf.fr "administration et collectivités"): neither the CNRACL, RAFP, IRCANTEC nor URSSAF bases
 * take them, nor the absence deductions; subject to CSG and CRDS at 100 % ({@link ContributionsSociales}); forfait
 * social 8 % paid by the employer when it has 11 agents or more (CSS L137-15, L137-16; marked [U] for public
 * employers in the parameters).</li>
 * <li>Fiscal treatment: paid to the agent for a contract he chose, they stay in the taxable net (the employer's santé
 * contributions are always taxable, CGI art. 83 1° quater; the exclusion of prévoyance contributions there needs a
 * collective and compulsory scheme, which a labelled contract is not).</li>
 * </ul>
 */
final class ProtectionSocialeComplementaire {

    private ProtectionSocialeComplementaire() {
    }

    /** Adds the participation lines and the forfait social; returns the participations (for the CSG base). */
    static BigDecimal ajouter(SituationAgent situation, ParametresDuMois parametres, LignesEnCours lignes) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        List<String> erreurs = new ArrayList<>();
        for (ElementIndemnitaire element : situation.elementsIndemnitaires()) {
            if (!element.nature().protectionSocialeComplementaire()) {
                continue;
            }
            boolean prevoyance = element.nature() == NatureElement.PARTICIPATION_PREVOYANCE;
            CleParametre cleMinimum = prevoyance ? CleParametre.PSC_PREVOYANCE_MINIMUM : CleParametre.PSC_SANTE_MINIMUM;
            Optional<BigDecimal> minimum = parametres.valeurSiEnVigueur(cleMinimum);
            BigDecimal montant = element.montantMensuel();
            if (minimum.isPresent() && montant.compareTo(minimum.get()) < 0) {
                erreurs.add("Participation de l'employeur à la " + (prevoyance ? "prévoyance" : "complémentaire santé")
                        + " de " + FormatFrancais.montant(montant) + " € inférieure au minimum de "
                        + FormatFrancais.montant(minimum.get()) + " € par mois en vigueur en "
                        + FormatFrancais.mois(parametres.mois()) + " (décret n° 2022-581 du 20 avril 2022, art. 2).");
                continue;
            }
            lignes.gain(element.nature().code(), prevoyance
                    ? "Participation employeur à la prévoyance complémentaire"
                    : "Participation employeur à la complémentaire santé", montant);
            total = total.add(montant);
        }
        if (!erreurs.isEmpty()) {
            throw new DonneeInvalideException(erreurs);
        }
        if (total.signum() > 0 && situation.effectifEmployeur() >= parametres.valeur(CleParametre.FORFAIT_SOCIAL_SEUIL)
                .intValueExact()) {
            lignes.cotisation(CodesLignes.FORFAIT_SOCIAL, "Forfait social (participations santé et prévoyance)", total,
                    null, parametres.valeur(CleParametre.FORFAIT_SOCIAL_PREVOYANCE));
        }
        return total;
    }
}
