package fr.mutualis.payroll.budget.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import fr.mutualis.budget.api.LigneDuLot;
import fr.mutualis.budget.api.LotMandats;
import fr.mutualis.budget.api.MandatDuLot;
import fr.mutualis.budget.api.PieceJustificative;
import fr.mutualis.budget.api.Tiers;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.payroll.api.AgentCreancier;
import fr.mutualis.payroll.api.FormatFrancais;
import fr.mutualis.payroll.api.LigneMandatement;
import fr.mutualis.payroll.api.Organisme;

/**
 * The lot of mandats of a validated month, from the payroll's mandat lines:
 * <ul>
 * <li>the net-pay mandat, a <em>mandat collectif</em> (PES V2 TypPce 08, NatPce 11 paie; dossier technique PES V2,
 * annexe 1) with one line per agent, the agent as the line's creditor (PES {@code Tiers} of the LigneDePiece:
 * personne physique, CatTiers 01, NatJur 01, civilité, "AGENT-" and his matricule as RefTiers) and his bank account, so that the
 * comptable pays each agent by virement (ModRegl 03, which requires the CpteBancaire block, TInfoLignePce); the
 * payroll journal of the month, with each agent's gross pay, withholdings and net, is its supporting document
 * (PJRef);</li>
 * <li>one mandat per organism (URSSAF, CNRACL, IRCANTEC, RAFP, CNFPT, centre de gestion, DGFiP for the prélèvement à
 * la source), paying it the employer contributions and what the payslips withheld for it.</li>
 * </ul>
 * The pièce-level tiers of the net-pay mandat and the organisms are tiers of the collectivity's répertoire, found by
 * the reference the collectivity gave them (PES {@code RefTiers}: PAIE-PERSONNEL, then {@link Organisme#reference()}).
 */
final class LotPaie {

    /** Reference of the tiers the net-pay mandat is issued to as a whole ("PERSONNEL COMMUNAL"). */
    static final String PERSONNEL = "PAIE-PERSONNEL";

    /**
     * Prefix of an agent's reference in the répertoire (PES RefTiers, 30 characters at most): "AGENT-" and his
     * matricule (20 at most), so that it never meets the reference of another kind of tiers.
     */
    static final String REFERENCE_AGENT = "AGENT-";

    /** PES ModRegl of a virement. */
    private static final String VIREMENT = "03";
    /** PES Support of an electronic document. */
    private static final String SUPPORT_ELECTRONIQUE = "01";
    /** PES CatTiers and NatJur of a private person. */
    private static final String PERSONNE_PHYSIQUE = "01";
    private static final String PARTICULIER = "01";

    private LotPaie() {
    }

    /**
     * @param tiers the collectivity's tiers by their reference
     * @param jour  the validation day
     * @throws DonneeInvalideException naming every payee missing from the répertoire and every agent without bank
     *                                 account; nothing is issued
     */
    static LotMandats lot(CollectiviteId collectivite, YearMonth mois, List<LigneMandatement> lignes,
            Map<String, Tiers> tiers, LocalDate jour) {
        String libelleMois = FormatFrancais.mois(mois).toUpperCase(Locale.FRANCE);
        List<String> refus = new ArrayList<>();
        List<LigneDuLot> nets = new ArrayList<>();
        Set<String> sansCompte = new LinkedHashSet<>();
        Map<Organisme, Map<String, BigDecimal>> organismes = new EnumMap<>(Organisme.class);
        for (LigneMandatement ligne : lignes) {
            if (ligne.agent() != null) {
                AgentCreancier agent = ligne.agent();
                if (agent.compteBancaire() == null) {
                    sansCompte.add(agent.libelle());
                } else {
                    nets.add(new LigneDuLot(ligne.article(), null, ligne.montant(), ligne.libelle(), tiers(agent)));
                }
            } else {
                organismes.computeIfAbsent(ligne.organisme(), o -> new LinkedHashMap<>()).merge(ligne.article(),
                        ligne.montant(), BigDecimal::add);
            }
        }
        sansCompte.forEach(agent -> refus.add("Coordonnées bancaires manquantes pour l'agent " + agent + " : "
                + "saisissez son IBAN et son BIC dans sa fiche avant de valider la paie, le comptable paie chaque "
                + "agent par virement."));
        if (!nets.isEmpty() && !tiers.containsKey(PERSONNEL)) {
            refus.add(manquant("le personnel (mandat collectif des nets à payer)", PERSONNEL));
        }
        organismes.keySet().stream().filter(o -> !tiers.containsKey(o.reference()))
                .forEach(o -> refus.add(manquant(o.libelle(), o.reference())));
        if (!refus.isEmpty()) {
            throw new DonneeInvalideException(refus);
        }
        List<MandatDuLot> mandats = new ArrayList<>();
        if (!nets.isEmpty()) {
            mandats.add(new MandatDuLot("PAIE " + libelleMois + " - NETS A PAYER", tiers.get(PERSONNEL), VIREMENT,
                    nets, List.of(justificatif(collectivite, mois))));
        }
        organismes.forEach((organisme, parArticle) -> mandats.add(new MandatDuLot("PAIE " + libelleMois + " - "
                + organisme.name(), tiers.get(organisme.reference()), VIREMENT, parArticle.entrySet().stream()
                        .map(a -> new LigneDuLot(a.getKey(), null, a.getValue(), "PAIE " + libelleMois)).toList(),
                List.of())));
        int exercice = mois.getYear();
        return new LotMandats(exercice, null, dateDansExercice(jour, exercice), "PAIE " + libelleMois, mandats);
    }

    /** The agent as creditor of his line: a personne physique without known address, with his account. */
    static Tiers tiers(AgentCreancier agent) {
        return new Tiers(agent.nom(), agent.prenom(), null, REFERENCE_AGENT + agent.matricule(), PERSONNE_PHYSIQUE, PARTICULIER, null,
                null, agent.compteBancaire().iban(), agent.compteBancaire().bic(), agent.civilite());
    }

    /**
     * The payroll journal of the month (the remote {@code PaieService#journalPdf}), as the net-pay mandat's
     * supporting document: PES PJRef, support 01 électronique, IdUnique alphanumeric and unique per collectivity and
     * month.
     */
    static PieceJustificative justificatif(CollectiviteId collectivite, YearMonth mois) {
        return new PieceJustificative(SUPPORT_ELECTRONIQUE, "PAIE" + collectivite.code() + mois.getYear()
                + String.format("%02d", mois.getMonthValue()), "journal-paie-" + collectivite.code() + "-" + mois
                        + ".pdf");
    }

    private static String manquant(String description, String reference) {
        return "Tiers de paie manquant dans le répertoire du budget : enregistrez " + description
                + " avec la référence « " + reference + " » avant de valider la paie.";
    }

    /** The validation day, or the first or last day of the exercice when the month is paid outside it. */
    static LocalDate dateDansExercice(LocalDate jour, int exercice) {
        LocalDate debut = LocalDate.of(exercice, 1, 1);
        LocalDate fin = LocalDate.of(exercice, 12, 31);
        return jour.isBefore(debut) ? debut : jour.isAfter(fin) ? fin : jour;
    }
}
