package fr.mutualis.payroll.server.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.payroll.api.EtatPaie;
import fr.mutualis.payroll.server.calcul.CumulRafp;
import jakarta.persistence.EntityManager;

/**
 * What the validated months of the civil year before a month gave the RAFP, per agent, in one query: the run passes it
 * to the engine, whose RAFP base is capped at 20 % of the year's TIB cumulated month by month (décret 2004-569
 * art. 2), with the regularisation of bases declared above that cap earlier in the year. A draft month is never
 * cumulated (as for the payslip's year-to-date totals, {@link Cumuls}).
 */
final class CumulsRafp {

    private CumulsRafp() {
    }

    static Map<Long, CumulRafp> avant(EntityManager em, CollectiviteId collectivite, YearMonth mois) {
        Map<Long, CumulRafp> cumuls = new HashMap<>();
        if (mois.getMonthValue() == 1) {
            return cumuls;
        }
        for (Object[] l : em.createQuery("SELECT b.agentId, SUM(b.rafpAccessoires), SUM(b.rafpTraitement), "
                + "SUM(b.rafpAssiette) FROM BulletinEntity b, PaieMoisEntity m WHERE b.paieMoisId = m.id "
                + "AND b.collectivite = :c AND m.collectivite = :c AND m.etat = :validee AND m.mois >= :debut "
                + "AND m.mois < :mois GROUP BY b.agentId", Object[].class)
                .setParameter("c", collectivite.code()).setParameter("validee", EtatPaie.VALIDEE)
                .setParameter("debut", mois.withMonth(1).atDay(1)).setParameter("mois", mois.atDay(1))
                .getResultList()) {
            cumuls.put((Long) l[0], new CumulRafp(deux(l[1]), deux(l[2]), deux(l[3])));
        }
        return cumuls;
    }

    private static BigDecimal deux(Object valeur) {
        return ((BigDecimal) valeur).setScale(2);
    }
}
