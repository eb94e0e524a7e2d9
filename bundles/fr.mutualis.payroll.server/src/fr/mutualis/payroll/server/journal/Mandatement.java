package fr.mutualis.payroll.server.journal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import fr.mutualis.payroll.api.AgentCreancier;
import fr.mutualis.payroll.api.FormatFrancais;
import fr.mutualis.payroll.api.LigneMandatement;
import fr.mutualis.payroll.api.Organisme;

/**
 * The lines of the mandats of a validated month, from its payslips. The month's pay articles (what the payslips charge
 * to 64111, 64131… or 6411, 6413 in the M57 abrégée) are shared out between the payees:
 * <ol>
 * <li>each agent's net pay (largest nets first), on one line, charged to the first of his own pay articles (largest
 * first) with enough left for it, so an agent whose net pay exceeds his own largest article (large primes) still has one line; only if
 * no article has enough left is his net pay split;</li>
 * <li>then, per organism, what the payslips withhold for it (employee contributions, CSG, CRDS, prélèvement à la
 * source), charged to what the agents' lines left of each article;</li>
 * <li>and the employer contributions, each on its own article (6451, 6453, 6332, 6336 or 6450, 633).</li>
 * </ol>
 * Per article the lines add up to the journal's articles, since both are built from {@link VentilationBulletin}, and
 * the pay articles add up to the nets plus the withholdings; each payee's lines add up to what it is owed.
 */
public final class Mandatement {

    /** A payslip and the agent it pays. */
    public record PaieAgent(BulletinPaye paye, AgentCreancier agent) {
    }

    private Mandatement() {
    }

    public static List<LigneMandatement> lignes(YearMonth mois, List<PaieAgent> paies, boolean abregee) {
        String libelle = "PAIE " + FormatFrancais.mois(mois).toUpperCase(Locale.FRANCE);
        Map<String, BigDecimal> disponible = new TreeMap<>();
        List<List<Map.Entry<String, BigDecimal>>> remunerations = new ArrayList<>();
        Map<Organisme, BigDecimal> retenues = new EnumMap<>(Organisme.class);
        Map<Organisme, Map<String, BigDecimal>> organismes = new EnumMap<>(Organisme.class);
        for (PaieAgent paie : paies) {
            List<Map.Entry<String, BigDecimal>> articles = VentilationBulletin.remuneration(paie.paye(), abregee);
            remunerations.add(articles);
            articles.forEach(a -> disponible.merge(a.getKey(), a.getValue(), BigDecimal::add));
            VentilationBulletin.retenues(paie.paye()).forEach((o, m) -> retenues.merge(o, m, BigDecimal::add));
            VentilationBulletin.patronal(paie.paye(), abregee).forEach((organisme, parArticle) -> parArticle
                    .forEach((article, montant) -> ajouter(organismes, organisme, article, montant)));
        }
        // the largest nets first, so that each finds an article with enough left; lines in payslip order
        List<Integer> ordre = new ArrayList<>(IntStream.range(0, paies.size()).boxed().toList());
        ordre.sort(Comparator.comparing((Integer i) -> paies.get(i).agent().net()).reversed());
        Map<Integer, Map<String, BigDecimal>> nets = new TreeMap<>();
        ordre.forEach(i -> nets.put(i, prendreNet(disponible, remunerations.get(i), paies.get(i).agent().net())));
        List<LigneMandatement> lignes = new ArrayList<>();
        nets.forEach((i, parts) -> {
            AgentCreancier agent = paies.get(i).agent();
            parts.forEach((article, montant) -> lignes.add(
                    new LigneMandatement(article, montant, agent, null, libelle + " " + agent.matricule())));
        });
        retenues.forEach((organisme, montant) -> prendre(disponible, new ArrayList<>(disponible.keySet()), montant)
                .forEach((article, part) -> ajouter(organismes, organisme, article, part)));
        BigDecimal reste = disponible.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (reste.signum() != 0) {
            throw new IllegalStateException("The month's pay articles exceed the nets and withholdings by " + reste);
        }
        organismes.forEach((organisme, parArticle) -> parArticle.forEach((article, montant) -> {
            if (montant.signum() > 0) {
                lignes.add(new LigneMandatement(article, montant, null, organisme, libelle));
            }
        }));
        return lignes;
    }

    /** The agent's net pay on the first of his articles with enough left, or split over his then all articles. */
    private static Map<String, BigDecimal> prendreNet(Map<String, BigDecimal> disponible,
            List<Map.Entry<String, BigDecimal>> siens, BigDecimal net) {
        if (net.signum() <= 0) {
            return Map.of();
        }
        for (Map.Entry<String, BigDecimal> article : siens) {
            if (disponible.get(article.getKey()).compareTo(net) >= 0) {
                disponible.merge(article.getKey(), net.negate(), BigDecimal::add);
                return Map.of(article.getKey(), net);
            }
        }
        List<String> ordre = new ArrayList<>(siens.stream().map(Map.Entry::getKey).toList());
        disponible.keySet().stream().filter(a -> !ordre.contains(a)).forEach(ordre::add);
        return prendre(disponible, ordre, net);
    }

    /** {@code montant} taken from what is left of the articles, in the given order. */
    private static Map<String, BigDecimal> prendre(Map<String, BigDecimal> disponible, List<String> ordre,
            BigDecimal montant) {
        Map<String, BigDecimal> parts = new TreeMap<>();
        BigDecimal restant = montant;
        for (String article : ordre) {
            BigDecimal part = restant.min(disponible.get(article));
            if (part.signum() > 0) {
                parts.put(article, part);
                disponible.merge(article, part.negate(), BigDecimal::add);
                restant = restant.subtract(part);
            }
        }
        if (restant.signum() > 0) {
            throw new IllegalStateException("The month's pay articles fall short by " + restant);
        }
        return parts;
    }

    private static void ajouter(Map<Organisme, Map<String, BigDecimal>> organismes, Organisme organisme,
            String article, BigDecimal montant) {
        organismes.computeIfAbsent(organisme, o -> new TreeMap<>()).merge(article, montant, BigDecimal::add);
    }
}
