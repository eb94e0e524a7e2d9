package fr.mutualis.payroll.server.journal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.mutualis.payroll.api.LigneBulletin;
import fr.mutualis.payroll.api.Organisme;

/**
 * One payslip split the two ways the month's accounts need it: what it costs per budget article (its pay elements and
 * its employer contributions) and what is paid to whom (the agent's net, the withholdings and employer contributions
 * per organism). The journal sums the first, the mandats the second; both come from here, so they agree per article.
 */
final class VentilationBulletin {

    private VentilationBulletin() {
    }

    /**
     * The gross pay per article, largest first (then by article). A deduction larger than the elements of its own
     * article (a transfert primes/points for an agent with no primes) would leave that article negative, which no
     * mandat line can carry: it is taken off the agent's largest articles instead, so the articles still add up to
     * the gross pay.
     */
    static List<Map.Entry<String, BigDecimal>> remuneration(BulletinPaye paye, boolean abregee) {
        Map<String, BigDecimal> parArticle = new TreeMap<>();
        for (LigneBulletin ligne : paye.bulletin().lignes()) {
            switch (ligne.nature()) {
                case GAIN -> parArticle.merge(article(ligne, paye, abregee), ligne.montantSalarial(), BigDecimal::add);
                case DEDUCTION -> parArticle.merge(article(ligne, paye, abregee), ligne.montantSalarial().negate(),
                        BigDecimal::add);
                default -> {
                }
            }
        }
        BigDecimal aReprendre = parArticle.values().stream().filter(m -> m.signum() < 0).reduce(BigDecimal.ZERO,
                BigDecimal::add).negate();
        List<Map.Entry<String, BigDecimal>> positifs = new ArrayList<>(parArticle.entrySet().stream()
                .filter(e -> e.getValue().signum() > 0).map(e -> Map.entry(e.getKey(), e.getValue())).toList());
        positifs.sort(Comparator.comparing((Map.Entry<String, BigDecimal> e) -> e.getValue()).reversed()
                .thenComparing(Map.Entry::getKey));
        List<Map.Entry<String, BigDecimal>> resultat = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> article : positifs) {
            BigDecimal repris = article.getValue().min(aReprendre);
            aReprendre = aReprendre.subtract(repris);
            BigDecimal reste = article.getValue().subtract(repris);
            if (reste.signum() > 0) {
                resultat.add(Map.entry(article.getKey(), reste));
            }
        }
        return resultat;
    }

    /** The employer contributions per organism and article. */
    static Map<Organisme, Map<String, BigDecimal>> patronal(BulletinPaye paye, boolean abregee) {
        Map<Organisme, Map<String, BigDecimal>> parOrganisme = new EnumMap<>(Organisme.class);
        for (LigneBulletin ligne : paye.bulletin().lignes()) {
            if (estRetenue(ligne) && ligne.montantPatronal().signum() != 0) {
                String article = ImputationsBudgetaires.dansNomenclature(
                        ImputationsBudgetaires.articlePatronal(ligne.code()), abregee);
                parOrganisme.computeIfAbsent(ImputationsBudgetaires.organisme(ligne.code()), o -> new TreeMap<>())
                        .merge(article, ligne.montantPatronal(), BigDecimal::add);
            }
        }
        return parOrganisme;
    }

    /** What is withheld from the gross pay for each organism (employee contributions, CSG, CRDS, PAS). */
    static Map<Organisme, BigDecimal> retenues(BulletinPaye paye) {
        Map<Organisme, BigDecimal> parOrganisme = new EnumMap<>(Organisme.class);
        for (LigneBulletin ligne : paye.bulletin().lignes()) {
            if (estRetenue(ligne) && ligne.montantSalarial().signum() != 0) {
                parOrganisme.merge(ImputationsBudgetaires.organisme(ligne.code()), ligne.montantSalarial(),
                        BigDecimal::add);
            }
        }
        return parOrganisme;
    }

    /** The articles of the payslip: pay elements and employer contributions, in the collectivity's chart. */
    static Map<String, BigDecimal> articles(BulletinPaye paye, boolean abregee) {
        Map<String, BigDecimal> articles = new LinkedHashMap<>();
        remuneration(paye, abregee).forEach(e -> articles.merge(e.getKey(), e.getValue(), BigDecimal::add));
        patronal(paye, abregee).values().forEach(m -> m.forEach((a, v) -> articles.merge(a, v, BigDecimal::add)));
        return articles;
    }

    private static boolean estRetenue(LigneBulletin ligne) {
        return ligne.nature() != fr.mutualis.payroll.api.NatureLigne.GAIN
                && ligne.nature() != fr.mutualis.payroll.api.NatureLigne.DEDUCTION;
    }

    private static String article(LigneBulletin ligne, BulletinPaye paye, boolean abregee) {
        return ImputationsBudgetaires.dansNomenclature(
                ImputationsBudgetaires.articleRemuneration(ligne.code(), paye.statut()), abregee);
    }
}
