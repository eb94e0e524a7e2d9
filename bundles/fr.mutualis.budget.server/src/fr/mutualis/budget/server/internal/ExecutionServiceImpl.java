package fr.mutualis.budget.server.internal;

import static fr.mutualis.core.api.FormatMontant.euros;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.budget.api.DemandeCorrection;
import fr.mutualis.budget.api.Engagement;
import fr.mutualis.budget.api.ExecutionService;
import fr.mutualis.budget.api.Imputation;
import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.LigneRegistre;
import fr.mutualis.budget.api.NaturePiece;
import fr.mutualis.budget.api.Piece;
import fr.mutualis.budget.api.SaisieEngagement;
import fr.mutualis.budget.api.SaisiePiece;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.StatutBordereau;
import fr.mutualis.budget.server.internal.entity.BudgetEntity;
import fr.mutualis.budget.server.internal.entity.EngagementEntity;
import fr.mutualis.budget.server.internal.entity.LignePieceEntity;
import fr.mutualis.budget.server.internal.entity.PieceEntity;
import fr.mutualis.budget.server.internal.entity.TiersEntity;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.IntrouvableException;
import fr.mutualis.core.server.persistence.ConflitsSql;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.security.PersonalDataCipher;
import fr.mutualis.core.server.spi.AuditJournal;
import jakarta.persistence.EntityManager;

/** Mandats, titres, their corrections, engagements and registers. Runs after the access policy. */
@Component(service = ExecutionService.class, property = "mutualis.remote=true")
public final class ExecutionServiceImpl implements ExecutionService {

    /** The most pièces a lot may hold (a bordereau of a region is about 2,000 mandats). */
    static final int LOT_MAXIMUM = 5000;

    private final BudgetStore store;
    private final Referentiels referentiels;
    private final Horloge horloge;
    private final AuditJournal journal;
    private final VueTiers vue;
    private final Emission emission;

    @Activate
    public ExecutionServiceImpl(@Reference BudgetStore store, @Reference Referentiels referentiels,
            @Reference Horloge horloge, @Reference AuditJournal journal, @Reference PersonalDataCipher cipher) {
        this.store = store;
        this.referentiels = referentiels;
        this.horloge = horloge;
        this.journal = journal;
        this.vue = new VueTiers(cipher);
        this.emission = new Emission(referentiels, horloge, journal, vue);
    }

    @Override
    public Piece emettre(CollectiviteId collectivite, SaisiePiece saisie) {
        if (saisie == null) {
            throw new DonneeInvalideException("Indiquez la pièce à émettre.");
        }
        preparer(collectivite, saisie.budget(), saisie.exercice(), Compteurs.pieces(saisie.sens()));
        return ConflitsSql.reessayer("a budget transaction", () -> Transactions.writeOnce(store.emf(), em -> {
            BudgetEntity budget = Budgets.trouver(em, collectivite, saisie.budget());
            EngagementEntity engagement = saisie.sens() == Sens.DEPENSE
                    ? Engagements.pourMandat(em, budget, saisie.exercice(), saisie.engagement(), saisie.lignes())
                    : null;
            PieceDemandee demande = new PieceDemandee(saisie.date(), saisie.objet(),
                    Repertoire.trouver(em, collectivite, saisie.tiers()), saisie.lignes(),
                    saisie.piecesJustificatives(), saisie.modeReglement(), NaturePiece.ORDINAIRE, null, engagement,
                    null);
            return emission.emettre(em, budget, saisie.exercice(), saisie.sens(), List.of(demande)).get(0);
        }));
    }

    @Override
    public List<Piece> emettreLot(CollectiviteId collectivite, List<SaisiePiece> saisies) {
        if (saisies == null || saisies.isEmpty() || saisies.stream().anyMatch(Objects::isNull)) {
            throw new DonneeInvalideException("Indiquez les pièces du lot (aucune ne peut être vide).");
        }
        if (saisies.size() > LOT_MAXIMUM) {
            throw new DonneeInvalideException("Un lot compte au plus " + LOT_MAXIMUM + " pièces ; celui-ci en compte "
                    + saisies.size() + " : partagez-le en plusieurs lots.");
        }
        SaisiePiece premiere = saisies.get(0);
        List<String> refus = new ArrayList<>();
        for (int i = 1; i < saisies.size(); i++) {
            SaisiePiece saisie = saisies.get(i);
            if (!saisie.budget().equals(premiere.budget()) || saisie.exercice() != premiere.exercice()
                    || saisie.sens() != premiere.sens()) {
                refus.add("Pièce " + (i + 1) + " du lot : les pièces d'un lot sont toutes du budget "
                        + premiere.budget() + ", de l'exercice " + premiere.exercice() + " et des "
                        + premiere.sens().piece() + "s, comme la première.");
            }
        }
        if (!refus.isEmpty()) {
            throw new DonneeInvalideException(refus);
        }
        Sens sens = premiere.sens();
        int exercice = premiere.exercice();
        preparer(collectivite, premiere.budget(), exercice, Compteurs.pieces(sens));
        return ConflitsSql.reessayer("a budget transaction", () -> Transactions.writeOnce(store.emf(), em -> {
            BudgetEntity budget = Budgets.trouver(em, collectivite, premiere.budget());
            boolean engagements = Budgets.engagementsActives(em, collectivite.code());
            Map<Long, TiersEntity> tiers = new HashMap<>();
            List<PieceDemandee> demandes = new ArrayList<>();
            List<String> motifs = new ArrayList<>();
            for (int i = 0; i < saisies.size(); i++) {
                SaisiePiece saisie = saisies.get(i);
                String contexte = Emission.majuscule(sens.piece()) + " " + (i + 1) + " du lot";
                try {
                    EngagementEntity engagement = sens == Sens.DEPENSE && (engagements || saisie.engagement() != null)
                            ? Engagements.pourMandat(em, budget, exercice, saisie.engagement(), saisie.lignes())
                            : null;
                    TiersEntity t = tiers.get(saisie.tiers());
                    if (t == null) {
                        t = Repertoire.trouver(em, collectivite, saisie.tiers());
                        tiers.put(saisie.tiers(), t);
                    }
                    demandes.add(new PieceDemandee(saisie.date(), saisie.objet(), t, saisie.lignes(),
                            saisie.piecesJustificatives(), saisie.modeReglement(), NaturePiece.ORDINAIRE, null,
                            engagement, contexte));
                } catch (DonneeInvalideException e) {
                    e.erreurs().forEach(m -> motifs.add(contexte + " : " + m));
                } catch (IntrouvableException e) {
                    motifs.add(contexte + " : " + e.getMessage());
                }
            }
            motifs.addAll(engagementsDuLot(em, demandes));
            if (!motifs.isEmpty()) {
                throw new DonneeInvalideException(motifs);
            }
            return emission.emettre(em, budget, exercice, sens, demandes);
        }));
    }

    /**
     * Mandats of one lot on the same engagement: each was checked against what is left of it, they must also fit
     * together.
     */
    private static List<String> engagementsDuLot(EntityManager em, List<PieceDemandee> demandes) {
        Map<EngagementEntity, List<PieceDemandee>> parEngagement = new LinkedHashMap<>();
        demandes.stream().filter(d -> d.engagement() != null)
                .forEach(d -> parEngagement.computeIfAbsent(d.engagement(), g -> new ArrayList<>()).add(d));
        List<String> refus = new ArrayList<>();
        parEngagement.forEach((engagement, mandats) -> {
            if (mandats.size() > 1) {
                BigDecimal montant = mandats.stream().flatMap(d -> d.lignes().stream()).map(LignePiece::montant)
                        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
                Engagement engage = engagement.toEngagement();
                BigDecimal reste = engage.montant().subtract(Engagements.consomme(em, engagement));
                if (montant.compareTo(reste) > 0) {
                    refus.add("L'engagement n° " + engage.numero() + "/" + engage.exercice()
                            + " ne couvre plus que " + euros(reste) + " : les mandats du lot qui le consomment ("
                            + mandats.stream().map(PieceDemandee::contexte).collect(Collectors.joining(", "))
                            + ") totalisent " + euros(montant) + ", dépassement " + euros(montant.subtract(reste))
                            + ".");
                }
            }
        });
        return refus;
    }

    @Override
    public Piece corriger(CollectiviteId collectivite, DemandeCorrection correction) {
        if (correction == null) {
            throw new DonneeInvalideException("Indiquez l'annulation ou la réduction.");
        }
        preparer(collectivite, correction.budget(), correction.exercice(), Compteurs.pieces(correction.sens()));
        return ConflitsSql.reessayer("a budget transaction", () -> Transactions.write(store.emf(), em -> {
            BudgetEntity budget = Budgets.trouver(em, collectivite, correction.budget());
            PieceEntity origine = trouver(em, budget, correction.exercice(), correction.sens(),
                    correction.numeroOrigine());
            List<LignePiece> lignes = correction.nature() == NaturePiece.ANNULATION
                    ? reste(em, origine) : correction.lignes();
            if (lignes.isEmpty()) {
                throw new DonneeInvalideException("Le " + correction.sens().piece() + " n° "
                        + correction.numeroOrigine() + "/" + correction.exercice() + " est déjà entièrement annulé.");
            }
            PieceDemandee demande = new PieceDemandee(correction.date(), correction.objet(), origine.getTiers(),
                    lignes, List.of(), origine.getModeReglement(), correction.nature(), origine.getNumero(),
                    origine.getEngagement(), null);
            return emission.emettre(em, budget, correction.exercice(), correction.sens(), List.of(demande)).get(0);
        }));
    }

    /** What is left of a pièce, imputation by imputation, after its earlier annulations and réductions. */
    private static List<LignePiece> reste(EntityManager em, PieceEntity origine) {
        Map<Imputation, BigDecimal> restant = new LinkedHashMap<>();
        Map<Imputation, String> codesProduit = new LinkedHashMap<>();
        for (LignePieceEntity ligne : origine.getLignes()) {
            LignePiece l = ligne.toLigne(t -> null);
            restant.merge(l.imputation(), l.montant(), BigDecimal::add);
            codesProduit.putIfAbsent(l.imputation(), l.codeProduitLocal());
        }
        em.createQuery("SELECT p FROM PieceEntity p WHERE p.budget = :b AND p.collectivite = :c AND p.exercice = :e "
                + "AND p.sens = :s AND p.origine = :n", PieceEntity.class)
                .setParameter("b", origine.getBudget()).setParameter("c", origine.getCollectivite())
                .setParameter("e", origine.getExercice()).setParameter("s", origine.getSens().code())
                .setParameter("n", origine.getNumero()).getResultStream()
                .flatMap(p -> p.getLignes().stream()).map(l -> l.toLigne(t -> null))
                .forEach(l -> restant.merge(l.imputation(), l.montant().negate(), BigDecimal::add));
        List<LignePiece> lignes = new ArrayList<>();
        restant.forEach((imputation, montant) -> {
            if (montant.signum() > 0) {
                lignes.add(new LignePiece(imputation, montant, null, codesProduit.get(imputation)));
            }
        });
        return lignes;
    }

    @Override
    public Engagement engager(CollectiviteId collectivite, SaisieEngagement saisie) {
        if (saisie == null) {
            throw new DonneeInvalideException("Indiquez l'engagement.");
        }
        preparer(collectivite, saisie.budget(), saisie.exercice(), Compteurs.ENGAGEMENT);
        return ConflitsSql.reessayer("a budget transaction", () -> Transactions.write(store.emf(),
                em -> Engagements.creer(em, referentiels, journal, collectivite, saisie, null).toEngagement()));
    }

    @Override
    public List<Engagement> engagements(CollectiviteId collectivite, String budget, int exercice) {
        return Transactions.read(store.emf(), em -> em.createQuery("SELECT g FROM EngagementEntity g WHERE "
                + "g.budget = :b AND g.collectivite = :c AND g.exercice = :e ORDER BY g.numero", EngagementEntity.class)
                .setParameter("b", Budgets.trouver(em, collectivite, budget)).setParameter("c", collectivite.code())
                .setParameter("e", exercice).getResultList().stream().map(EngagementEntity::toEngagement).toList());
    }

    @Override
    public List<LigneRegistre> registre(CollectiviteId collectivite, String budget, int exercice, Sens sens) {
        if (sens == null) {
            throw new DonneeInvalideException("Indiquez le registre : mandats (dépense) ou titres (recette).");
        }
        return Transactions.read(store.emf(), em -> em.createQuery("SELECT p FROM PieceEntity p WHERE p.budget = :b "
                + "AND p.collectivite = :c AND p.exercice = :e AND p.sens = :s ORDER BY p.numero", PieceEntity.class)
                .setParameter("b", Budgets.trouver(em, collectivite, budget)).setParameter("c", collectivite.code())
                .setParameter("e", exercice).setParameter("s", sens.code()).getResultList().stream()
                .map(ExecutionServiceImpl::ligneRegistre).toList());
    }

    private static LigneRegistre ligneRegistre(PieceEntity p) {
        String imputations = p.getLignes().stream().map(l -> l.toLigne(t -> null).imputation().libelle()).distinct()
                .collect(Collectors.joining(" ; "));
        boolean envoye = p.getBordereau() != null && p.getBordereau().getStatut() == StatutBordereau.ENVOYE;
        return new LigneRegistre(p.getSens(), p.getExercice(), p.getNumero(), p.getDate(), p.getNature(),
                p.getOrigine(), p.getObjet(), p.getTiers().toTiers(null).nomComplet(), imputations, p.getMontant(),
                p.getEngagement() == null ? null : p.getEngagement().getNumero(),
                envoye ? p.getBordereau().getNumero() : null, p.getBordereau() != null && !envoye);
    }

    @Override
    public Piece piece(CollectiviteId collectivite, String budget, int exercice, Sens sens, int numero) {
        if (sens == null) {
            throw new DonneeInvalideException("Indiquez le sens : mandat (dépense) ou titre (recette).");
        }
        return Transactions.read(store.emf(), em -> {
            PieceEntity piece = trouver(em, Budgets.trouver(em, collectivite, budget), exercice, sens, numero);
            return piece.toPiece(vue.tiers(piece.getTiers()), vue::tiers);
        });
    }

    static PieceEntity trouver(EntityManager em, BudgetEntity budget, int exercice, Sens sens, int numero) {
        return em.createQuery("SELECT p FROM PieceEntity p WHERE p.budget = :b AND p.collectivite = :c "
                + "AND p.exercice = :e AND p.sens = :s AND p.numero = :n", PieceEntity.class)
                .setParameter("b", budget).setParameter("c", budget.getCollectivite()).setParameter("e", exercice)
                .setParameter("s", sens.code()).setParameter("n", numero).getResultStream().findFirst()
                .orElseThrow(() -> new IntrouvableException("Le " + sens.piece() + " n° " + numero + "/" + exercice
                        + " n'existe pas dans le budget " + budget.getCodBud() + "."));
    }

    /** Creates the counters a write of this budget and exercice will lock, before its transaction. */
    private void preparer(CollectiviteId collectivite, String codBud, int exercice, String serie) {
        BudgetEntity budget = Transactions.read(store.emf(), em -> Budgets.trouver(em, collectivite, codBud));
        Compteurs.assurer(store.emf(), budget, exercice, Compteurs.CREDITS, serie);
    }
}
