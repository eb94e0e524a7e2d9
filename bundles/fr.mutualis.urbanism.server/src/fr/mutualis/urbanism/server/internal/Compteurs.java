package fr.mutualis.urbanism.server.internal;

import fr.mutualis.core.server.persistence.ConflitsSql;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.urbanism.api.CodeInsee;
import fr.mutualis.urbanism.api.NumeroDossier;
import fr.mutualis.urbanism.api.TypeDossier;
import fr.mutualis.urbanism.server.internal.entity.CompteurEntity;
import fr.mutualis.urbanism.server.numerotation.NumerotationDossier;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

/**
 * The numbering series in the database: one counter row per two-letter prefix, commune and year. The filing
 * transaction locks the row ({@code SELECT ... FOR UPDATE}) and advances it together with the insertion of the
 * dossier, so a number is used exactly once and a rolled-back filing leaves no gap.
 */
final class Compteurs {

    private Compteurs() {
    }

    /** Creates the counter of a series if it does not exist yet, in its own transaction. */
    static void assurer(EntityManagerFactory emf, CodeInsee commune, TypeDossier type, int annee) {
        boolean existe = Transactions.read(emf, em -> !requete(em, commune, type, annee).getResultList().isEmpty());
        if (existe) {
            return;
        }
        try {
            Transactions.run(emf, em -> em.persist(new CompteurEntity(commune.code(), type.prefixeNumero(), annee)));
        } catch (RuntimeException e) {
            if (!ConflitsSql.doublon(e)) {
                throw e;
            }
            // another filing created it at the same moment: it is there now
        }
    }

    /** The next number of the series, the counter row staying locked until the caller's transaction ends. */
    static NumeroDossier suivant(EntityManager em, TypeDossier type, CodeInsee commune, int annee) {
        CompteurEntity compteur = requete(em, commune, type, annee).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
        NumeroDossier numero = NumerotationDossier.suivant(type, commune.code(), annee,
                compteur.getDerniereSequence());
        compteur.utiliser(numero.sequence());
        return numero;
    }

    private static TypedQuery<CompteurEntity> requete(EntityManager em, CodeInsee commune, TypeDossier type,
            int annee) {
        return em.createQuery("SELECT c FROM CompteurEntity c WHERE c.collectivite = :commune "
                + "AND c.prefixe = :prefixe AND c.annee = :annee", CompteurEntity.class)
                .setParameter("commune", commune.code()).setParameter("prefixe", type.prefixeNumero())
                .setParameter("annee", annee);
    }
}
