package fr.mutualis.budget.server.internal;

import static fr.mutualis.core.api.FormatMontant.euros;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.budget.api.Bordereau;
import fr.mutualis.budget.api.BordereauService;
import fr.mutualis.budget.api.FicheBordereau;
import fr.mutualis.budget.api.Fichier;
import fr.mutualis.budget.api.PreparationBordereau;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.StatutBordereau;
import fr.mutualis.budget.api.TypeBordereau;
import fr.mutualis.budget.server.documents.BordereauPdf;
import fr.mutualis.budget.server.documents.ContenuBordereau;
import fr.mutualis.budget.server.internal.entity.BordereauEntity;
import fr.mutualis.budget.server.internal.entity.BudgetEntity;
import fr.mutualis.budget.server.internal.entity.CompteurEntity;
import fr.mutualis.budget.server.internal.entity.PieceEntity;
import fr.mutualis.budget.server.pes.PesAllerWriter;
import fr.mutualis.budget.server.regles.ControleBordereau;
import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.CollectiviteKind;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.admin.Administration;
import fr.mutualis.core.server.persistence.ConflitsSql;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.security.PersonalDataCipher;
import fr.mutualis.core.server.spi.AuditJournal;

/** Bordereaux: preparation, sending (numbering and locking), PES V2 export and printing. */
@Component(service = BordereauService.class, property = "mutualis.remote=true")
public final class BordereauServiceImpl implements BordereauService {

    private static final System.Logger LOG = System.getLogger(BordereauServiceImpl.class.getName());

    private static final PesAllerWriter PES = new PesAllerWriter("MUTUALIS", "MUTUALIS 0.1.0");

    private final BudgetStore store;
    private final Horloge horloge;
    private final AuditJournal journal;
    private final Administration administration;
    private final VueTiers vue;

    @Activate
    public BordereauServiceImpl(@Reference BudgetStore store, @Reference Horloge horloge,
            @Reference AuditJournal journal, @Reference PersonalDataCipher cipher,
            @Reference Administration administration) {
        this.store = store;
        this.horloge = horloge;
        this.journal = journal;
        this.administration = administration;
        this.vue = new VueTiers(cipher);
    }

    @Override
    public FicheBordereau preparer(CollectiviteId collectivite, PreparationBordereau preparation) {
        if (preparation == null) {
            throw new DonneeInvalideException("Indiquez les pièces du bordereau.");
        }
        BudgetEntity lu = Transactions.read(store.emf(),
                em -> Budgets.trouver(em, collectivite, preparation.budget()));
        Compteurs.assurer(store.emf(), lu, preparation.exercice(), Compteurs.CREDITS);
        return ConflitsSql.reessayer("a budget transaction", () -> Transactions.writeOnce(store.emf(), em -> {
            BudgetEntity budget = Budgets.trouver(em, collectivite, preparation.budget());
            Compteurs.verrouiller(em, budget, preparation.exercice(), Compteurs.CREDITS);
            List<PieceEntity> pieces = em.createQuery("SELECT p FROM PieceEntity p WHERE p.budget = :b "
                    + "AND p.collectivite = :c AND p.exercice = :e AND p.sens = :s AND p.numero IN :n "
                    + "ORDER BY p.numero", PieceEntity.class).setParameter("b", budget)
                    .setParameter("c", collectivite.code()).setParameter("e", preparation.exercice())
                    .setParameter("s", preparation.sens().code()).setParameter("n", preparation.pieces())
                    .getResultList();
            List<String> refus = new ArrayList<>();
            Set<Integer> trouves = pieces.stream().map(PieceEntity::getNumero).collect(Collectors.toSet());
            preparation.pieces().stream().filter(n -> !trouves.contains(n)).forEach(n -> refus.add("Le "
                    + preparation.sens().piece() + " n° " + n + "/" + preparation.exercice() + " n'existe pas."));
            for (PieceEntity piece : pieces) {
                if (piece.getBordereau() != null) {
                    refus.add("Le " + preparation.sens().piece() + " n° " + piece.getNumero() + "/"
                            + piece.getExercice() + " est déjà sur un bordereau"
                            + (piece.getBordereau().getNumero() == null ? " en préparation."
                                    : " (n° " + piece.getBordereau().getNumero() + ")."));
                }
            }
            long correctives = pieces.stream().filter(p -> p.getNature().corrective()).count();
            if (correctives > 0 && correctives < pieces.size()) {
                refus.add("Un bordereau porte soit des pièces ordinaires (type 01), soit des annulations et réductions "
                        + "(type 02), pas les deux.");
            }
            if (!refus.isEmpty()) {
                throw new DonneeInvalideException(refus);
            }
            TypeBordereau type = correctives > 0 ? TypeBordereau.ANNULATION_REDUCTION : TypeBordereau.ORDINAIRE;
            BordereauEntity bordereau = new BordereauEntity(budget, preparation.exercice(), preparation.sens(), type,
                    preparation.date(), pieces.size(), Bordereaux.total(pieces));
            em.persist(bordereau);
            pieces.forEach(p -> p.setBordereau(bordereau));
            em.flush();
            journal.record(em, collectivite.code(), "bordereau.preparer", "Bordereau de " + preparation.sens().piece()
                    + "s en préparation (budget " + budget.getCodBud() + " " + preparation.exercice() + ") : "
                    + pieces.size() + " pièce(s), " + euros(bordereau.getMontant()));
            return Bordereaux.fiche(em, bordereau);
        }));
    }

    @Override
    public void abandonner(CollectiviteId collectivite, long id) {
        Transactions.run(store.emf(), em -> {
            BordereauEntity bordereau = Bordereaux.trouver(em, collectivite, id);
            exigerEnPreparation(bordereau);
            Bordereaux.pieces(em, bordereau).forEach(p -> p.setBordereau(null));
            em.remove(bordereau);
            journal.record(em, collectivite.code(), "bordereau.abandonner", "Bordereau de "
                    + bordereau.getSens().piece() + "s en préparation (" + bordereau.getNombrePieces() + " pièce(s))");
        });
    }

    private static void exigerEnPreparation(BordereauEntity bordereau) {
        if (bordereau.getStatut() != StatutBordereau.EN_PREPARATION) {
            throw new DonneeInvalideException("Le bordereau n° " + bordereau.getNumero() + " de "
                    + bordereau.getSens().piece() + "s est envoyé : il est verrouillé et ne peut plus être modifié, "
                    + "abandonné ni renvoyé.");
        }
    }

    @Override
    public FicheBordereau envoyer(CollectiviteId collectivite, long id) {
        BordereauEntity lu = Transactions.read(store.emf(), em -> Bordereaux.trouver(em, collectivite, id));
        String serie = Compteurs.bordereaux(lu.getSens(), lu.getType());
        Compteurs.assurer(store.emf(), lu.getBudget(), lu.getExercice(), serie);
        return ConflitsSql.reessayer("a budget transaction", () -> Transactions.writeOnce(store.emf(), em -> {
            BordereauEntity bordereau = Bordereaux.trouver(em, collectivite, id);
            CompteurEntity compteur = Compteurs.verrouiller(em, bordereau.getBudget(), bordereau.getExercice(), serie);
            exigerEnPreparation(bordereau);
            LOG.log(System.Logger.Level.DEBUG, "Bordereau {0} of {1}: sending started (one transaction), {2} pièces",
                    id, collectivite.code(), bordereau.getNombrePieces());
            List<PieceEntity> pieces = Bordereaux.pieces(em, bordereau);
            if (pieces.size() != bordereau.getNombrePieces()
                    || Bordereaux.total(pieces).compareTo(bordereau.getMontant()) != 0) {
                throw new IllegalStateException("Bordereau " + id + " totals do not match its pièces");
            }
            List<Bordereau> precedents = Bordereaux.envoyesDeLaSerie(em, bordereau).stream()
                    .map(b -> Bordereaux.enregistrement(em, b, t -> t.toTiers(null))).toList();
            BigDecimal cumul = precedents.stream().map(Bordereau::montantTotal)
                    .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
            int numero = compteur.getDernier() + 1;
            Bordereau envoye = new Bordereau(bordereau.getSens(), bordereau.getExercice(), numero, bordereau.getDate(),
                    bordereau.getType(), pieces.stream().map(p -> p.sansCoordonneesBancaires()).toList(),
                    cumul);
            List<String> refus = ControleBordereau.verifier(envoye, precedents);
            if (!refus.isEmpty()) {
                throw new DonneeInvalideException(refus);
            }
            bordereau.envoyer(numero, cumul, horloge.maintenant());
            compteur.utiliser(numero);
            journal.record(em, collectivite.code(), "bordereau.envoyer", "Bordereau n° " + numero + " de "
                    + bordereau.getSens().piece() + "s (budget " + bordereau.getBudget().getCodBud() + " "
                    + bordereau.getExercice() + ", type " + bordereau.getType().code() + ") : " + pieces.size()
                    + " pièce(s), " + euros(envoye.montantTotal()));
            return Bordereaux.fiche(em, bordereau);
        }));
    }

    @Override
    public List<FicheBordereau> bordereaux(CollectiviteId collectivite, String budget, int exercice) {
        return Transactions.read(store.emf(), em -> Bordereaux.duBudget(em, Budgets.trouver(em, collectivite, budget),
                exercice).stream().map(b -> Bordereaux.fiche(em, b)).toList());
    }

    @Override
    public Fichier exporterPes(CollectiviteId collectivite, List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new DonneeInvalideException("Indiquez au moins un bordereau envoyé à exporter.");
        }
        return Transactions.write(store.emf(), em -> {
            List<BordereauEntity> bordereaux = ids.stream().map(id -> Bordereaux.trouver(em, collectivite, id))
                    .toList();
            BordereauEntity premier = bordereaux.get(0);
            List<String> refus = new ArrayList<>();
            for (BordereauEntity b : bordereaux) {
                if (b.getStatut() != StatutBordereau.ENVOYE) {
                    refus.add("Le bordereau de " + b.getSens().piece() + "s en préparation doit être envoyé (signé) "
                            + "avant d'être exporté.");
                } else if (b.getBudget() != premier.getBudget() || b.getSens() != premier.getSens()) {
                    refus.add("Un fichier PES porte les bordereaux d'un seul budget et d'un seul sens : le bordereau "
                            + "n° " + b.getNumero() + " n'est pas du même budget ou sens que le premier.");
                }
            }
            if (ids.stream().distinct().count() != ids.size()) {
                refus.add("Un bordereau figure deux fois dans l'export.");
            }
            if (!refus.isEmpty()) {
                throw new DonneeInvalideException(refus);
            }
            List<Bordereau> enregistrements = bordereaux.stream()
                    .map(b -> Bordereaux.enregistrement(em, b, vue::tiersComplet)).toList();
            BudgetEntity budget = premier.getBudget();
            String nom = "PES_" + (premier.getSens() == Sens.DEPENSE ? "DEP" : "REC") + "_" + budget.getCodBud() + "_"
                    + premier.getExercice() + "_" + bordereaux.stream().map(b -> (b.getType() == TypeBordereau.ORDINAIRE
                            ? "B" : "A") + b.getNumero()).collect(Collectors.joining("-")) + ".xml";
            byte[] xml = PES.ecrire(budget.toBudget(), horloge.aujourdhui(), nom, enregistrements);
            journal.record(em, collectivite.code(), "pes.exporter", nom + " : " + enregistrements.size()
                    + " bordereau(x), " + enregistrements.stream().mapToInt(Bordereau::nombrePieces).sum()
                    + " pièce(s)");
            return new Fichier(nom, "application/xml", xml);
        });
    }

    @Override
    public Fichier imprimer(CollectiviteId collectivite, long id) {
        Collectivite identite = administration.show(collectivite.code()).collectivite();
        String nom = identite.kind() == CollectiviteKind.COMMUNE ? "Commune de " + identite.nom() : identite.nom();
        return Transactions.read(store.emf(), em -> {
            BordereauEntity b = Bordereaux.trouver(em, collectivite, id);
            List<PieceEntity> pieces = Bordereaux.pieces(em, b);
            BigDecimal cumul = b.getStatut() == StatutBordereau.ENVOYE ? b.getCumulAnterieur()
                    : Bordereaux.envoyesDeLaSerie(em, b).stream().map(BordereauEntity::getMontant)
                            .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
            ContenuBordereau contenu = new ContenuBordereau(nom, b.getBudget().toBudget(), b.getSens(), b.getType(),
                    b.getExercice(), b.getNumero(), b.getDate(),
                    pieces.stream().map(p -> p.sansCoordonneesBancaires()).toList(), cumul, identite.nom());
            String fichier = "Bordereau_" + (b.getSens() == Sens.DEPENSE ? "mandats" : "titres") + "_"
                    + b.getBudget().getCodBud() + "_" + b.getExercice() + "_"
                    + (b.getNumero() == null ? "projet-" + b.getId() : b.getType().code() + "-" + b.getNumero())
                    + ".pdf";
            return new Fichier(fichier, "application/pdf", BordereauPdf.ecrire(contenu));
        });
    }
}
