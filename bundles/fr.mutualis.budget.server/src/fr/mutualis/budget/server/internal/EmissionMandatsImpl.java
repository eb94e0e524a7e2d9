package fr.mutualis.budget.server.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.budget.api.Article;
import fr.mutualis.budget.api.Chapitre;
import fr.mutualis.budget.api.EmissionMandats;
import fr.mutualis.budget.api.EmploiCompte;
import fr.mutualis.budget.api.Imputation;
import fr.mutualis.budget.api.LigneDuLot;
import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.LotMandats;
import fr.mutualis.budget.api.Mandat;
import fr.mutualis.budget.api.MandatDuLot;
import fr.mutualis.budget.api.NaturePiece;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.Tiers;
import fr.mutualis.budget.server.internal.entity.BudgetEntity;
import fr.mutualis.budget.server.internal.entity.TiersEntity;
import fr.mutualis.budget.server.nomenclature.PlanDeComptes;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.persistence.ConflitsSql;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.security.PersonalDataCipher;
import fr.mutualis.core.server.spi.AuditJournal;
import jakarta.persistence.EntityManager;

/**
 * The server-local service other modules (payroll) issue lots of mandats through, with the checks of a manual entry,
 * all or nothing. Lines name an article; the chapter is the one it feeds as a real expense. Mandats of a lot are not
 * tied to engagements (recurring compulsory expenses such as staff costs are mandated without a prior engagement).
 */
@Component(service = EmissionMandats.class)
public final class EmissionMandatsImpl implements EmissionMandats {

    private final BudgetStore store;
    private final Referentiels referentiels;
    private final Emission emission;
    private final Repertoire repertoire;

    @Activate
    public EmissionMandatsImpl(@Reference BudgetStore store, @Reference Referentiels referentiels,
            @Reference Horloge horloge, @Reference AuditJournal journal, @Reference PersonalDataCipher cipher) {
        this.store = store;
        this.referentiels = referentiels;
        VueTiers vue = new VueTiers(cipher);
        this.emission = new Emission(referentiels, horloge, journal, vue);
        this.repertoire = new Repertoire(vue, journal);
    }

    @Override
    public List<Mandat> emettre(CollectiviteId collectivite, LotMandats lot) {
        if (collectivite == null || lot == null) {
            throw new DonneeInvalideException("Indiquez la collectivité et le lot de mandats.");
        }
        BudgetEntity lu = Transactions.read(store.emf(),
                em -> Budgets.trouverOuPrincipal(em, collectivite, lot.budget()));
        Compteurs.assurer(store.emf(), lu, lot.exercice(), Compteurs.CREDITS, Compteurs.pieces(Sens.DEPENSE));
        return ConflitsSql.reessayer("a budget transaction", () -> Transactions.write(store.emf(), em -> {
            BudgetEntity budget = Budgets.trouverOuPrincipal(em, collectivite, lot.budget());
            PlanDeComptes plan = referentiels.plan(lot.exercice(), budget.getDeclinaison());
            List<String> refus = new ArrayList<>();
            List<PieceDemandee> demandes = new ArrayList<>();
            for (int i = 0; i < lot.mandats().size(); i++) {
                MandatDuLot mandat = lot.mandats().get(i);
                String contexte = "Mandat " + (i + 1) + " du lot (" + mandat.tiers().nomComplet() + ")";
                List<LignePiece> lignes = lignes(mandat, plan, contexte, refus);
                TiersEntity tiers = tiers(em, collectivite, mandat, contexte, refus);
                List<TiersEntity> creanciers = creanciers(em, collectivite, mandat, contexte, refus);
                if (tiers != null && lignes != null && creanciers != null) {
                    demandes.add(new PieceDemandee(lot.date(), mandat.objet() == null ? lot.objet() : mandat.objet(),
                            tiers, lignes, mandat.piecesJustificatives(), mandat.modeReglement(),
                            NaturePiece.ORDINAIRE, null, null, contexte,
                            creanciers.stream().allMatch(c -> c == null) ? null : creanciers));
                }
            }
            if (!refus.isEmpty()) {
                throw new DonneeInvalideException(refus);
            }
            return emission.emettre(em, budget, lot.exercice(), Sens.DEPENSE, demandes).stream()
                    .map(Mandat.class::cast).toList();
        }));
    }

    private TiersEntity tiers(EntityManager em, CollectiviteId collectivite, MandatDuLot mandat, String contexte,
            List<String> refus) {
        try {
            return repertoire.trouverOuAjouter(em, collectivite, mandat.tiers());
        } catch (DonneeInvalideException e) {
            e.erreurs().forEach(m -> refus.add(contexte + " : " + m));
            return null;
        }
    }

    /**
     * The répertoire entry of each line's own creditor (null elements for lines paid to the mandat's tiers), or null
     * (and refusals naming the line) when one cannot be recorded.
     */
    private List<TiersEntity> creanciers(EntityManager em, CollectiviteId collectivite, MandatDuLot mandat,
            String contexte, List<String> refus) {
        List<TiersEntity> creanciers = new ArrayList<>();
        int avant = refus.size();
        for (int i = 0; i < mandat.lignes().size(); i++) {
            Tiers creancier = mandat.lignes().get(i).creancier();
            if (creancier == null) {
                creanciers.add(null);
                continue;
            }
            try {
                creanciers.add(repertoire.creancier(em, collectivite, creancier));
            } catch (DonneeInvalideException e) {
                int ligne = i + 1;
                e.erreurs().forEach(m -> refus.add(contexte + ", ligne " + ligne + " : " + m));
            }
        }
        return refus.size() == avant ? creanciers : null;
    }

    /** The lines with the chapter each article feeds as a real expense; null (and refusals) when one has none. */
    private static List<LignePiece> lignes(MandatDuLot mandat, PlanDeComptes plan, String contexte,
            List<String> refus) {
        List<LignePiece> lignes = new ArrayList<>();
        int avant = refus.size();
        for (LigneDuLot ligne : mandat.lignes()) {
            Optional<Article> article = plan.article(ligne.article());
            Optional<String> chapitre = article.flatMap(a -> a.chapitre(EmploiCompte.DR));
            Optional<Chapitre> enTete = chapitre.flatMap(plan::chapitre);
            if (article.isEmpty()) {
                refus.add(contexte + " : article " + ligne.article() + " inconnu ou supprimé du plan de comptes "
                        + plan.declinaison().name() + " " + plan.exercice() + ".");
            } else if (enTete.isEmpty()) {
                refus.add(contexte + " : l'article " + ligne.article() + " « " + article.get().libelle()
                        + " » n'est pas une dépense réelle : il n'alimente aucun chapitre de mandat.");
            } else {
                lignes.add(new LignePiece(new Imputation(enTete.get().section(), enTete.get().code(), ligne.article(),
                        ligne.fonction(), null), ligne.montant(), ligne.libelle(), null, ligne.creancier()));
            }
        }
        return refus.size() == avant ? lignes : null;
    }
}
