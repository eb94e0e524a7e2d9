package fr.mutualis.budget.server.internal;

import static fr.mutualis.core.api.FormatMontant.euros;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.mutualis.budget.api.Mandat;
import fr.mutualis.budget.api.NaturePiece;
import fr.mutualis.budget.api.Piece;
import fr.mutualis.budget.api.ReferencePiece;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.Tiers;
import fr.mutualis.budget.api.Titre;
import fr.mutualis.budget.server.internal.entity.BudgetEntity;
import fr.mutualis.budget.server.internal.entity.CompteurEntity;
import fr.mutualis.budget.server.internal.entity.PieceEntity;
import fr.mutualis.budget.server.internal.entity.TiersEntity;
import fr.mutualis.budget.server.nomenclature.PlanDeComptes;
import fr.mutualis.budget.server.regles.ControleAnnulation;
import fr.mutualis.budget.server.regles.ControleEmissionPiece;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.spi.AuditJournal;
import jakarta.persistence.EntityManager;

/**
 * Issues mandats or titres inside the caller's transaction: locks the budget's credits and numbering, runs every check
 * of the pure rules on each pièce (the pièces before it counted), and writes them all, numbered in sequence, only when
 * none is refused. The caller has created the counters ({@link Compteurs#assurer}) before its transaction.
 */
final class Emission {

    private final Referentiels referentiels;
    private final Horloge horloge;
    private final AuditJournal journal;
    private final VueTiers vue;
    private final ClesBudget cles = new ClesBudget();

    Emission(Referentiels referentiels, Horloge horloge, AuditJournal journal, VueTiers vue) {
        this.referentiels = referentiels;
        this.horloge = horloge;
        this.journal = journal;
        this.vue = vue;
    }

    List<Piece> emettre(EntityManager em, BudgetEntity budget, int exercice, Sens sens, List<PieceDemandee> demandes) {
        Compteurs.verrouiller(em, budget, exercice, Compteurs.CREDITS);
        CompteurEntity compteur = Compteurs.verrouiller(em, budget, exercice, Compteurs.pieces(sens));
        PlanDeComptes plan = referentiels.plan(exercice, budget.getDeclinaison());
        TotauxChapitres totaux = TotauxChapitres.charger(em, budget, exercice);
        LocalDate aujourdhui = horloge.aujourdhui();
        LocalDate finJournee = referentiels.parametres().finJourneeComplementaire(exercice);
        List<String> refus = new ArrayList<>();
        List<Piece> pieces = new ArrayList<>();
        int numero = compteur.getDernier();
        Map<TiersEntity, Tiers> vus = new IdentityHashMap<>(); // a lot often pays one tiers: its IBAN decrypted once
        for (PieceDemandee demande : demandes) {
            String prefixe = demande.contexte() == null ? "" : demande.contexte() + " : ";
            Piece piece;
            try {
                piece = construire(demande, vus.computeIfAbsent(demande.tiers(), vue::tiers), sens, exercice,
                        numero + 1);
            } catch (DonneeInvalideException e) {
                e.erreurs().forEach(m -> refus.add(prefixe + m));
                continue;
            }
            // The virements are not needed to check a pièce: the credits opened already count them.
            List<String> motifs = new ArrayList<>(ControleEmissionPiece.verifier(piece, plan,
                    totaux.situation(List.of(), List.of()), aujourdhui, finJournee));
            if (piece.nature().corrective()) {
                motifs.addAll(correction(em, budget, piece, pieces));
            }
            motifs.forEach(m -> refus.add(prefixe + m));
            if (motifs.isEmpty()) {
                numero++;
                pieces.add(piece);
                totaux.realiser(piece);
            }
        }
        if (!refus.isEmpty()) {
            throw new DonneeInvalideException(refus);
        }
        List<AuditJournal.Entry> entrees = new ArrayList<>();
        for (Piece piece : pieces) {
            compteur.utiliser(piece.numero());
            entrees.add(new AuditJournal.Entry(sens.piece() + "." + operation(piece.nature()),
                    designation(piece) + " (budget " + budget.getCodBud() + ") " + euros(piece.montant())));
        }
        // The counter, the totals and an engagement created by this write go first (the pièces refer to them), then
        // the pièces, their lines and the journal as JDBC batches on the same transaction.
        em.flush();
        EcriturePieces.ecrire(em, cles, budget, pieces, demandes, horloge.maintenant());
        journal.record(em, budget.getCollectivite(), entrees);
        return pieces;
    }

    private static Piece construire(PieceDemandee d, Tiers tiers, Sens sens, int exercice, int numero) {
        ReferencePiece origine = d.origine() == null ? null : new ReferencePiece(exercice, d.origine());
        return sens == Sens.DEPENSE
                ? new Mandat(exercice, numero, d.date(), d.objet(), tiers, d.lignes(),
                        d.piecesJustificatives(), d.nature(), origine, d.modeReglement())
                : new Titre(exercice, numero, d.date(), d.objet(), tiers, d.lignes(),
                        d.piecesJustificatives(), d.nature(), origine);
    }

    /**
     * The checks of an annulation or réduction against its original pièce and the corrections made before (recorded,
     * or earlier in the same lot): only those pièces are read.
     */
    private static List<String> correction(EntityManager em, BudgetEntity budget, Piece correction,
            List<Piece> duLot) {
        int origine = correction.origine().numero();
        List<Piece> concernees = new ArrayList<>();
        for (String critere : List.of("p.numero", "p.origine")) {
            em.createQuery("SELECT p FROM PieceEntity p WHERE p.budget = :b AND p.collectivite = :c "
                    + "AND p.exercice = :e AND p.sens = :s AND " + critere + " = :n ORDER BY p.numero",
                    PieceEntity.class).setParameter("b", budget).setParameter("c", budget.getCollectivite())
                    .setParameter("e", correction.exercice()).setParameter("s", correction.sens().code())
                    .setParameter("n", origine).getResultStream()
                    .forEach(p -> concernees.add(p.sansCoordonneesBancaires()));
        }
        concernees.addAll(duLot);
        Optional<Piece> originale = concernees.stream().filter(p -> p.numero() == origine).findFirst();
        if (originale.isEmpty()) {
            return List.of("Le " + correction.sens().piece() + " n° " + correction.origine()
                    + " à corriger n'existe pas dans ce budget.");
        }
        return ControleAnnulation.verifier(correction, originale.get(), concernees);
    }

    private static String operation(NaturePiece nature) {
        return switch (nature) {
            case ORDINAIRE -> "emettre";
            case ANNULATION -> "annuler";
            case REDUCTION -> "reduire";
        };
    }

    static String designation(Piece piece) {
        return majuscule(piece.sens().piece()) + " n° " + piece.reference();
    }

    /** "mandat" becomes "Mandat". */
    static String majuscule(String nom) {
        return Character.toUpperCase(nom.charAt(0)) + nom.substring(1);
    }
}
