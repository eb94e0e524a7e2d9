package fr.mutualis.payroll.server.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.payroll.api.CumulsAnnuels;
import fr.mutualis.payroll.api.EtatPaie;
import fr.mutualis.payroll.api.TotauxBulletin;
import fr.mutualis.payroll.server.internal.entity.BulletinEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * The year-to-date totals of the payslips of a month: the validated months of the same calendar year before it,
 * summed per agent in one query, plus the payslip itself (validated or not: a draft payslip shows what its cumuls
 * will be once the month is validated).
 */
final class Cumuls {

    private record Somme(BigDecimal brut, BigDecimal netImposable, BigDecimal pas) {
    }

    private static final Somme ZERO = new Somme(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    private final YearMonth mois;
    private final Map<Long, Somme> anterieurs;

    private Cumuls(YearMonth mois, Map<Long, Somme> anterieurs) {
        this.mois = mois;
        this.anterieurs = anterieurs;
    }

    /** The sums of the months before {@code mois} in its year, per agent (one agent only when {@code agent} given). */
    static Cumuls avant(EntityManager em, CollectiviteId collectivite, YearMonth mois, Long agent) {
        Map<Long, Somme> sommes = new HashMap<>();
        if (mois.getMonthValue() > 1) {
            TypedQuery<Object[]> requete = em.createQuery("SELECT b.agentId, SUM(b.brut), SUM(b.netImposable), "
                    + "SUM(b.prelevementALaSource) FROM BulletinEntity b, PaieMoisEntity m WHERE b.paieMoisId = m.id "
                    + "AND b.collectivite = :c AND m.collectivite = :c AND m.etat = :validee AND m.mois >= :debut "
                    + "AND m.mois < :mois" + (agent == null ? "" : " AND b.agentId = :agent")
                    + " GROUP BY b.agentId", Object[].class)
                    .setParameter("c", collectivite.code()).setParameter("validee", EtatPaie.VALIDEE)
                    .setParameter("debut", mois.withMonth(1).atDay(1)).setParameter("mois", mois.atDay(1));
            if (agent != null) {
                requete.setParameter("agent", agent);
            }
            for (Object[] l : requete.getResultList()) {
                sommes.put((Long) l[0], new Somme((BigDecimal) l[1], (BigDecimal) l[2], (BigDecimal) l[3]));
            }
        }
        return new Cumuls(mois, sommes);
    }

    CumulsAnnuels de(BulletinEntity bulletin) {
        Somme s = anterieurs.getOrDefault(bulletin.getAgentId(), ZERO);
        TotauxBulletin t = bulletin.bulletin(mois).totaux();
        return new CumulsAnnuels(mois.withMonth(1), mois, s.brut().add(t.brut()),
                s.netImposable().add(t.netImposable()), s.pas().add(t.prelevementALaSource()));
    }
}
