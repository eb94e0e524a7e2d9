package fr.mutualis.budget.server.regles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import fr.mutualis.budget.api.DecisionBudgetaire;
import fr.mutualis.budget.api.Engagement;
import fr.mutualis.budget.api.LigneCredit;
import fr.mutualis.budget.api.LigneExecution;
import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.Piece;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.Virement;
import fr.mutualis.core.api.DonneeInvalideException;

/**
 * Credits of one budget and exercice at the level of vote (chapter): opened = BP + BS + DMs + virements received -
 * virements given; engaged = sum of the engagements; executed = ordinary mandats (or titres) minus annulations and
 * réductions. Virements move expense credits only.
 */
public final class SituationCredits {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    /** A chapter at the level of vote, in one section and direction. */
    private record Cle(Section section, Sens sens, String chapitre) {
    }

    private final int exercice;
    private final List<Virement> virements;
    private final Map<Cle, BigDecimal> ouverts = new HashMap<>();
    private final Map<Cle, BigDecimal> engages = new HashMap<>();
    private final Map<Cle, BigDecimal> realises = new HashMap<>();

    private SituationCredits(int exercice, List<Virement> virements) {
        this.exercice = exercice;
        this.virements = List.copyOf(virements);
    }

    /** All inputs must belong to {@code exercice}; otherwise the situation is refused with the list of intruders. */
    public static SituationCredits de(int exercice, List<DecisionBudgetaire> decisions, List<Virement> virements,
            List<Engagement> engagements, List<? extends Piece> pieces) {
        List<String> erreurs = new ArrayList<>();
        decisions.stream().filter(d -> d.exercice() != exercice)
                .forEach(d -> erreurs.add("La décision " + d.etape().name() + " est de l'exercice " + d.exercice() + "."));
        virements.stream().filter(v -> v.exercice() != exercice)
                .forEach(v -> erreurs.add("Un virement du " + v.date() + " est de l'exercice " + v.exercice() + "."));
        engagements.stream().filter(e -> e.exercice() != exercice)
                .forEach(e -> erreurs.add("L'engagement n° " + e.numero() + " est de l'exercice " + e.exercice() + "."));
        pieces.stream().filter(p -> p.exercice() != exercice)
                .forEach(p -> erreurs.add("Le " + p.designation() + " n'est pas de l'exercice " + exercice + "."));
        if (!erreurs.isEmpty()) {
            throw new DonneeInvalideException(erreurs);
        }
        List<TotalChapitre> engages = new ArrayList<>();
        for (Engagement engagement : engagements) {
            engages.add(new TotalChapitre(engagement.imputation().section(), Sens.DEPENSE,
                    engagement.imputation().chapitre(), engagement.montant()));
        }
        List<TotalChapitre> realises = new ArrayList<>();
        for (Piece piece : pieces) {
            for (LignePiece ligne : piece.lignes()) {
                BigDecimal montant = piece.nature().corrective() ? ligne.montant().negate() : ligne.montant();
                realises.add(new TotalChapitre(ligne.imputation().section(), piece.sens(),
                        ligne.imputation().chapitre(), montant));
            }
        }
        return deTotaux(exercice, decisions, virements, engages, realises);
    }

    /**
     * The same situation from the amounts engaged and executed already summed by chapter (by the database, for a
     * report over many pièces), executed amounts net of annulations and réductions.
     */
    public static SituationCredits deTotaux(int exercice, List<DecisionBudgetaire> decisions, List<Virement> virements,
            List<TotalChapitre> engages, List<TotalChapitre> realises) {
        List<String> erreurs = new ArrayList<>();
        decisions.stream().filter(d -> d.exercice() != exercice)
                .forEach(d -> erreurs.add("La décision " + d.etape().name() + " est de l'exercice " + d.exercice() + "."));
        virements.stream().filter(v -> v.exercice() != exercice)
                .forEach(v -> erreurs.add("Un virement du " + v.date() + " est de l'exercice " + v.exercice() + "."));
        if (!erreurs.isEmpty()) {
            throw new DonneeInvalideException(erreurs);
        }
        SituationCredits situation = new SituationCredits(exercice, virements);
        for (DecisionBudgetaire decision : decisions) {
            for (LigneCredit ligne : decision.lignes()) {
                ajouter(situation.ouverts, new Cle(ligne.section(), ligne.sens(), ligne.chapitre()), ligne.montant());
            }
        }
        for (Virement virement : virements) {
            ajouter(situation.ouverts,
                    new Cle(virement.source().section(), Sens.DEPENSE, virement.source().code()), virement.montant().negate());
            ajouter(situation.ouverts,
                    new Cle(virement.destination().section(), Sens.DEPENSE, virement.destination().code()), virement.montant());
        }
        for (TotalChapitre total : engages) {
            ajouter(situation.engages, new Cle(total.section(), total.sens(), total.chapitre()), total.montant());
        }
        for (TotalChapitre total : realises) {
            ajouter(situation.realises, new Cle(total.section(), total.sens(), total.chapitre()), total.montant());
        }
        return situation;
    }

    /**
     * The same situation from running totals per chapter (credits opened already net of the virements, executed net of
     * annulations and réductions), as kept with each write.
     *
     * @param virements the virements of the exercice, for the checks that need the list (fongibilité); not added again
     */
    public static SituationCredits deComptes(int exercice, List<Virement> virements, List<TotalChapitre> ouverts,
            List<TotalChapitre> engages, List<TotalChapitre> realises) {
        List<String> erreurs = new ArrayList<>();
        virements.stream().filter(v -> v.exercice() != exercice)
                .forEach(v -> erreurs.add("Un virement du " + v.date() + " est de l'exercice " + v.exercice() + "."));
        if (!erreurs.isEmpty()) {
            throw new DonneeInvalideException(erreurs);
        }
        SituationCredits situation = new SituationCredits(exercice, virements);
        ouverts.forEach(t -> ajouter(situation.ouverts, new Cle(t.section(), t.sens(), t.chapitre()), t.montant()));
        engages.forEach(t -> ajouter(situation.engages, new Cle(t.section(), t.sens(), t.chapitre()), t.montant()));
        realises.forEach(t -> ajouter(situation.realises, new Cle(t.section(), t.sens(), t.chapitre()), t.montant()));
        return situation;
    }

    public int exercice() {
        return exercice;
    }

    /** The virements of the exercice taken into account. */
    public List<Virement> virements() {
        return virements;
    }

    public BigDecimal creditsOuverts(Section section, Sens sens, String chapitre) {
        return ouverts.getOrDefault(new Cle(section, sens, chapitre), ZERO);
    }

    public BigDecimal engage(Section section, Sens sens, String chapitre) {
        return engages.getOrDefault(new Cle(section, sens, chapitre), ZERO);
    }

    /** What was mandated (or titled), net of annulations and réductions. */
    public BigDecimal realise(Section section, Sens sens, String chapitre) {
        return realises.getOrDefault(new Cle(section, sens, chapitre), ZERO);
    }

    /** Credits still available for mandats (or titres): opened minus executed. */
    public BigDecimal disponible(Section section, Sens sens, String chapitre) {
        return creditsOuverts(section, sens, chapitre).subtract(realise(section, sens, chapitre));
    }

    /** Credits still available for engagements: opened minus engaged. */
    public BigDecimal disponiblePourEngager(Section section, Sens sens, String chapitre) {
        return creditsOuverts(section, sens, chapitre).subtract(engage(section, sens, chapitre));
    }

    /** One line per chapter that has credits, engagements or execution, by section, direction and chapter code. */
    public List<LigneExecution> lignes() {
        Set<Cle> cles = new TreeSet<>(Comparator.comparing(Cle::section).thenComparing(Cle::sens)
                .thenComparing(Cle::chapitre));
        cles.addAll(ouverts.keySet());
        cles.addAll(engages.keySet());
        cles.addAll(realises.keySet());
        return cles.stream().map(c -> new LigneExecution(c.section(), c.sens(), c.chapitre(),
                creditsOuverts(c.section(), c.sens(), c.chapitre()), engage(c.section(), c.sens(), c.chapitre()),
                realise(c.section(), c.sens(), c.chapitre()))).toList();
    }

    private static void ajouter(Map<Cle, BigDecimal> cible, Cle cle, BigDecimal montant) {
        cible.merge(cle, montant, BigDecimal::add);
    }
}
