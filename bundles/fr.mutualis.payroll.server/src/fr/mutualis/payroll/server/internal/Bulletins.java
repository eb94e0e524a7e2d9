package fr.mutualis.payroll.server.internal;

import java.time.YearMonth;
import java.util.List;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.IntrouvableException;
import fr.mutualis.payroll.api.JournalPaie;
import fr.mutualis.payroll.server.internal.entity.BulletinEntity;
import fr.mutualis.payroll.server.internal.entity.PaieMoisEntity;
import fr.mutualis.payroll.server.journal.BulletinPaye;
import fr.mutualis.payroll.server.journal.ConstructionJournal;
import jakarta.persistence.EntityManager;

/** Queries on the payslips of one collectivity. */
final class Bulletins {

    private Bulletins() {
    }

    static List<BulletinEntity> duMois(EntityManager em, CollectiviteId collectivite, PaieMoisEntity paie) {
        return em.createQuery("SELECT b FROM BulletinEntity b WHERE b.paieMoisId = :m AND b.collectivite = :c "
                + "ORDER BY b.nom, b.prenom, b.matricule", BulletinEntity.class).setParameter("m", paie.getId())
                .setParameter("c", collectivite.code()).getResultList();
    }

    static BulletinEntity trouver(EntityManager em, CollectiviteId collectivite, long id) {
        List<BulletinEntity> trouves = em.createQuery("SELECT b FROM BulletinEntity b WHERE b.id = :id "
                + "AND b.collectivite = :c", BulletinEntity.class).setParameter("id", id)
                .setParameter("c", collectivite.code()).getResultList();
        if (trouves.isEmpty()) {
            throw new IntrouvableException("Bulletin de paie introuvable : n° " + id + " dans la collectivité "
                    + collectivite.code() + ".");
        }
        return trouves.get(0);
    }

    /** The journal of the month, from its payslips (read only; each payslip carries its lines). */
    static JournalPaie journal(EntityManager em, CollectiviteId collectivite, String nomCollectivite,
            PaieMoisEntity paie) {
        YearMonth mois = paie.valeur().mois();
        List<BulletinPaye> payes = em.createQuery("SELECT b FROM BulletinEntity b WHERE b.paieMoisId = :m "
                + "AND b.collectivite = :c ORDER BY b.id", BulletinEntity.class).setParameter("m", paie.getId())
                .setParameter("c", collectivite.code()).setHint("eclipselink.read-only", "true")
                .getResultList().stream()
                .map(b -> new BulletinPaye(b.getStatut(), b.bulletin(mois))).toList();
        return ConstructionJournal.construire(collectivite, nomCollectivite, paie.valeur(), payes);
    }
}
