package fr.mutualis.payroll.server.internal;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.payroll.api.FormatFrancais;
import fr.mutualis.payroll.server.internal.entity.PaieMoisEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

/** Finds the payroll of a month of one collectivity. */
final class Mois {

    private Mois() {
    }

    static Optional<PaieMoisEntity> trouver(EntityManager em, CollectiviteId collectivite, YearMonth mois) {
        return premier(requete(em, collectivite, mois));
    }

    /** The same, locked until the end of the transaction, so two runs or validations of a month never overlap. */
    static Optional<PaieMoisEntity> verrouiller(EntityManager em, CollectiviteId collectivite, YearMonth mois) {
        return premier(requete(em, collectivite, mois).setLockMode(LockModeType.PESSIMISTIC_WRITE));
    }

    static PaieMoisEntity exiger(EntityManager em, CollectiviteId collectivite, YearMonth mois) {
        return trouver(em, collectivite, mois).orElseThrow(() -> nonCalculee(mois));
    }

    static DonneeInvalideException nonCalculee(YearMonth mois) {
        return new DonneeInvalideException("Aucune paie calculée pour " + FormatFrancais.mois(mois)
                + " : lancez la paie du mois d'abord.");
    }

    static YearMonth exiger(YearMonth mois) {
        if (mois == null) {
            throw new DonneeInvalideException("Mois de paie manquant.");
        }
        return mois;
    }

    private static TypedQuery<PaieMoisEntity> requete(EntityManager em, CollectiviteId collectivite, YearMonth mois) {
        return em.createQuery("SELECT m FROM PaieMoisEntity m WHERE m.collectivite = :c AND m.mois = :m",
                PaieMoisEntity.class).setParameter("c", collectivite.code()).setParameter("m", mois.atDay(1));
    }

    private static Optional<PaieMoisEntity> premier(TypedQuery<PaieMoisEntity> requete) {
        List<PaieMoisEntity> trouves = requete.getResultList();
        return trouves.isEmpty() ? Optional.empty() : Optional.of(trouves.get(0));
    }
}
