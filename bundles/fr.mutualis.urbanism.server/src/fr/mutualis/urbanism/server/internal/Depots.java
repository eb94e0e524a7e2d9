package fr.mutualis.urbanism.server.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.persistence.ConflitsSql;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.urbanism.api.CodeInsee;
import fr.mutualis.urbanism.api.DepotDossier;
import fr.mutualis.urbanism.api.DonneesInstruction;
import fr.mutualis.urbanism.api.DossierDetail;
import fr.mutualis.urbanism.api.EtatDossier;
import fr.mutualis.urbanism.api.NatureEvenement;
import fr.mutualis.urbanism.api.NatureSuffixe;
import fr.mutualis.urbanism.api.NumeroDossier;
import fr.mutualis.urbanism.api.ResultatDelais;
import fr.mutualis.urbanism.server.depot.ControleDepot;
import fr.mutualis.urbanism.server.internal.entity.DossierEntity;
import fr.mutualis.urbanism.server.numerotation.NumerotationDossier;
import jakarta.persistence.EntityManager;

/**
 * Registers applications: checks them as a whole, computes their deadlines, then, in one transaction, gives the
 * number (next in the series, or the parent permit's number with its M/T suffix), stores the dossier and journals
 * the filing.
 */
final class Depots {

    /** A permit can be modified or transferred once granted, expressly or tacitly. */
    private static final Set<EtatDossier> PERMIS_ACCORDE = EnumSet.of(EtatDossier.ACCORD,
            EtatDossier.ACCORD_AVEC_PRESCRIPTIONS, EtatDossier.DECISION_TACITE_FAVORABLE);

    private final UrbanismeStore store;
    private final Reglementation reglementation;
    private final Historique historique;
    private final Vues vues;

    Depots(UrbanismeStore store, Reglementation reglementation, Historique historique, Vues vues) {
        this.store = store;
        this.reglementation = reglementation;
        this.historique = historique;
        this.vues = vues;
    }

    DossierDetail deposer(CollectiviteId commune, DepotDossier depot) {
        CodeInsee insee = Communes.insee(commune);
        ControleDepot.verifier(depot, reglementation.aujourdhui());
        ResultatDelais delais = reglementation.delais(new DonneesInstruction(depot.type(), depot.dateDepot(),
                List.of(), List.of(), depot.casRefusTacite()));
        int annee = depot.dateDepot().getYear();
        if (depot.suffixe() == null) {
            Compteurs.assurer(store.emf(), insee, depot.type(), annee);
        }
        return ConflitsSql.reessayer("an urbanism transaction", () -> Transactions.writeOnce(store.emf(), em -> {
            DossierEntity parent = depot.suffixe() == null ? null : permisInitial(em, commune, depot);
            NumeroDossier numero = parent == null ? Compteurs.suivant(em, depot.type(), insee, annee)
                    : numeroRattache(em, parent, depot.suffixe());
            DossierEntity dossier = new DossierEntity(insee.code(), numero, depot, parent, delais);
            em.persist(dossier);
            historique.enregistrer(em, dossier, NatureEvenement.DEPOT, null, reglementation.maintenant(),
                    "Demande déposée le " + Textes.date(depot.dateDepot()) + " (" + depot.canal().libelle()
                            + "), Cerfa n° " + depot.cerfa() + (parent == null ? ""
                                    : ", " + depot.suffixe().libelle() + " du permis " + parent.getNumero()));
            em.flush();
            return vues.detail(em, dossier);
        }));
    }

    private static DossierEntity permisInitial(EntityManager em, CollectiviteId commune, DepotDossier depot) {
        DossierEntity permis = Dossiers.verrouiller(em, commune, depot.permisInitial());
        if (permis.getType() != depot.type()) {
            throw new DonneeInvalideException("Le permis " + permis.getNumero() + " est un dossier "
                    + permis.getType().name() + " (" + permis.getType().libelle() + ") : la demande de "
                    + depot.suffixe().libelle() + " doit être de ce type, pas " + depot.type().name() + ".");
        }
        if (!PERMIS_ACCORDE.contains(permis.getEtat())) {
            throw new DonneeInvalideException("Un " + depot.suffixe().libelle() + " ne peut être demandé que pour un "
                    + "permis accordé (expressément ou tacitement) : le dossier " + permis.getNumero()
                    + " est à l'état « " + permis.getEtat().libelle() + " ».");
        }
        return permis;
    }

    private static NumeroDossier numeroRattache(EntityManager em, DossierEntity permis, NatureSuffixe nature) {
        NumeroDossier numeroPermis = NumeroDossier.parse(permis.getNumero());
        int dernierRang = Dossiers.dernierRang(em, permis, nature);
        return nature == NatureSuffixe.MODIFICATIF ? NumerotationDossier.modificatifSuivant(numeroPermis, dernierRang)
                : NumerotationDossier.transfertSuivant(numeroPermis, dernierRang);
    }
}
