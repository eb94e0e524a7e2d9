package fr.mutualis.urbanism.server.internal;

import java.time.LocalDate;
import java.util.List;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.IntrouvableException;
import fr.mutualis.urbanism.api.EtatDossier;
import fr.mutualis.urbanism.api.NatureSuffixe;
import fr.mutualis.urbanism.api.NumeroDossier;
import fr.mutualis.urbanism.server.internal.entity.DossierEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

/** Queries on dossiers. Every query of one commune's dossiers filters on its code: no other row is ever read. */
final class Dossiers {

    /** The states in which the instruction runs and a tacit outcome can arise. */
    static final List<EtatDossier> EN_COURS = List.of(EtatDossier.DEPOSE, EtatDossier.INCOMPLET,
            EtatDossier.EN_INSTRUCTION, EtatDossier.MAJORE);

    private Dossiers() {
    }

    static DossierEntity trouver(EntityManager em, CollectiviteId commune, String numero) {
        return unique(parNumero(em, commune, numero), commune, numero);
    }

    /** The dossier, its row locked until the transaction ends (one act at a time on a dossier). */
    static DossierEntity verrouiller(EntityManager em, CollectiviteId commune, String numero) {
        return unique(parNumero(em, commune, numero).setLockMode(LockModeType.PESSIMISTIC_WRITE), commune, numero);
    }

    private static TypedQuery<DossierEntity> parNumero(EntityManager em, CollectiviteId commune, String numero) {
        return em.createQuery("SELECT d FROM DossierEntity d WHERE d.collectivite = :commune AND d.numero = :numero",
                DossierEntity.class).setParameter("commune", commune.code())
                .setParameter("numero", NumeroDossier.parse(numero).format());
    }

    private static DossierEntity unique(TypedQuery<DossierEntity> query, CollectiviteId commune, String numero) {
        return query.getResultStream().findFirst().orElseThrow(() -> new IntrouvableException("Dossier "
                + NumeroDossier.parse(numero).format() + " introuvable dans la commune " + commune.code() + "."));
    }

    /** The commune's dossiers in a state (all when null), most recent filing first. */
    static List<DossierEntity> lister(EntityManager em, CollectiviteId commune, EtatDossier etat) {
        String filtre = etat == null ? "" : " AND d.etat = :etat";
        TypedQuery<DossierEntity> query = em.createQuery("SELECT d FROM DossierEntity d WHERE d.collectivite = "
                + ":commune" + filtre + " ORDER BY d.dateDepot DESC, d.numero DESC", DossierEntity.class)
                .setParameter("commune", commune.code());
        return (etat == null ? query : query.setParameter("etat", etat)).getResultList();
    }

    /** Dossiers under instruction whose date limite is on or before {@code jusquau}; every commune when null. */
    static List<DossierEntity> echeances(EntityManager em, CollectiviteId commune, LocalDate jusquau) {
        String filtre = commune == null ? "" : " AND d.collectivite = :commune";
        TypedQuery<DossierEntity> query = em.createQuery("SELECT d FROM DossierEntity d WHERE d.etat IN :enCours "
                + "AND d.dateLimite <= :jusquau" + filtre + " ORDER BY d.dateLimite, d.collectivite, d.numero",
                DossierEntity.class).setParameter("enCours", EN_COURS).setParameter("jusquau", jusquau);
        return (commune == null ? query : query.setParameter("commune", commune.code())).getResultList();
    }

    /** The modifications and transfers of a permit. */
    static List<String> lies(EntityManager em, DossierEntity permis) {
        return em.createQuery("SELECT d.numero FROM DossierEntity d WHERE d.parent = :permis ORDER BY d.id",
                String.class).setParameter("permis", permis).getResultList();
    }

    /** The highest rank already given to a modification (or transfer) of a permit, 0 when none. */
    static int dernierRang(EntityManager em, DossierEntity permis, NatureSuffixe nature) {
        Integer rang = em.createQuery("SELECT MAX(d.rangSuffixe) FROM DossierEntity d WHERE d.parent = :permis "
                + "AND d.natureSuffixe = :nature", Integer.class).setParameter("permis", permis)
                .setParameter("nature", nature).getSingleResult();
        return rang == null ? 0 : rang;
    }

    /** The applications filed in a commune during a year, in order of their numbers. */
    static List<DossierEntity> registre(EntityManager em, CollectiviteId commune, int annee) {
        return em.createQuery("SELECT d FROM DossierEntity d WHERE d.collectivite = :commune AND d.dateDepot "
                + "BETWEEN :debut AND :fin ORDER BY d.dateDepot, d.numero", DossierEntity.class)
                .setParameter("commune", commune.code()).setParameter("debut", LocalDate.of(annee, 1, 1))
                .setParameter("fin", LocalDate.of(annee, 12, 31)).getResultList();
    }
}
