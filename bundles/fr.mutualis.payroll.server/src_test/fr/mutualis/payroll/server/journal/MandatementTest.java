package fr.mutualis.payroll.server.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.payroll.api.AgentCreancier;
import fr.mutualis.payroll.api.Bulletin;
import fr.mutualis.payroll.api.CategorieTpp;
import fr.mutualis.payroll.api.CompteBancaire;
import fr.mutualis.payroll.api.ElementIndemnitaire;
import fr.mutualis.payroll.api.JournalPaie;
import fr.mutualis.payroll.api.LigneBulletin;
import fr.mutualis.payroll.api.LigneMandatement;
import fr.mutualis.payroll.api.NatureElement;
import fr.mutualis.payroll.api.Organisme;
import fr.mutualis.payroll.api.PaieMois;
import fr.mutualis.payroll.api.RegimeRetraite;
import fr.mutualis.payroll.api.SituationAgent;
import fr.mutualis.payroll.api.Statut;
import fr.mutualis.payroll.api.TotalArticle;
import fr.mutualis.payroll.api.ZoneResidence;
import fr.mutualis.payroll.server.DonneesLivrees;

/**
 * A realistic month of a commune (January 2026): two CNRACL titulaires (one with NBI and children, one part time with
 * the transfert primes/points and no primes), a titulaire on a 20-hour post (régime général and IRCANTEC) and two
 * IRCANTEC contractuels (one above the social security ceiling, with a personal PAS rate). The mandats' lines add up to
 * the journal per article, in both charts; every agent is paid his net pay on one line; every organism gets exactly
 * what the payslips owe it; every article is a leaf of the official M57 plan de comptes charged to chapter 012.
 */
class MandatementTest {

    private static final CollectiviteId BRIZON = new CollectiviteId("74049");
    private static final CompteBancaire COMPTE = new CompteBancaire("FR7630004000031234567890143", "BNPAFRPP");

    private static SituationAgent situation(Statut statut, String heures, String quotite, int indice, int nbi,
            ZoneResidence zone, int enfants, String ifse, CategorieTpp tpp, String tauxPas) {
        List<ElementIndemnitaire> primes = ifse == null ? List.of()
                : List.of(new ElementIndemnitaire(NatureElement.IFSE, "IFSE", new BigDecimal(ifse)));
        return new SituationAgent(statut, new BigDecimal(heures), new BigDecimal(quotite), indice, nbi, zone,
                enfants, primes, tpp, tauxPas == null ? null : new BigDecimal(tauxPas), 10, LocalDate.of(2020, 1, 1),
                null);
    }

    static List<Mandatement.PaieAgent> mois() {
        List<SituationAgent> situations = List.of(DonneesLivrees.exempleDomaine(),
                situation(Statut.TITULAIRE, "35", "0.8", 380, 0, ZoneResidence.ZONE_2, 0, null, CategorieTpp.C, null),
                situation(Statut.TITULAIRE, "20", "1", 368, 0, ZoneResidence.ZONE_3, 1, "80", CategorieTpp.AUCUNE,
                        null),
                DonneesLivrees.contractuel(),
                situation(Statut.CONTRACTUEL, "35", "1", 821, 0, ZoneResidence.ZONE_1, 3, "1500",
                        CategorieTpp.AUCUNE, "12.5"));
        List<Mandatement.PaieAgent> paies = new ArrayList<>();
        for (int i = 0; i < situations.size(); i++) {
            SituationAgent s = situations.get(i);
            Bulletin bulletin = DonneesLivrees.moteur().calculer(s, DonneesLivrees.JANVIER_2026);
            BigDecimal net = bulletin.totaux().netAPayer();
            paies.add(new Mandatement.PaieAgent(new BulletinPaye(s.statut(), bulletin), new AgentCreancier(
                    "A000" + (i + 1), "AGENT" + (i + 1), "Prénom", "Mme", COMPTE, bulletin.totaux().brut(),
                    bulletin.totaux().brut().subtract(net), net)));
        }
        return paies;
    }

    @Test
    void theMandatsEqualTheJournalPerArticleInTheDeveloppee() throws IOException {
        verifier(false);
    }

    @Test
    void theMandatsEqualTheJournalPerArticleInTheAbregee() throws IOException {
        verifier(true);
    }

    private static void verifier(boolean abregee) throws IOException {
        List<Mandatement.PaieAgent> paies = mois();
        assertEquals(List.of(RegimeRetraite.CNRACL, RegimeRetraite.CNRACL, RegimeRetraite.REGIME_GENERAL,
                RegimeRetraite.REGIME_GENERAL, RegimeRetraite.REGIME_GENERAL),
                paies.stream().map(p -> p.paye().bulletin().regime()).toList());
        JournalPaie journal = ConstructionJournal.construire(BRIZON, "Brizon",
                PaieMois.nonCalculee(DonneesLivrees.JANVIER_2026), paies.stream().map(Mandatement.PaieAgent::paye)
                        .toList(), abregee);
        List<LigneMandatement> lignes = Mandatement.lignes(DonneesLivrees.JANVIER_2026, paies, abregee);

        Map<String, BigDecimal> parArticle = new TreeMap<>();
        lignes.forEach(l -> parArticle.merge(l.article(), l.montant(), BigDecimal::add));
        assertEquals(journal.articles().stream().collect(Collectors.toMap(TotalArticle::article,
                TotalArticle::montant, (a, b) -> a, TreeMap::new)), parArticle, "journal = mandats, per article");
        assertEquals(journal.totaux().coutEmployeur(), sum(lignes));

        Map<String, String> feuilles = feuilles012(abregee ? "M57_A" : "M57_D");
        parArticle.keySet().forEach(article -> assertTrue(feuilles.containsKey(article),
                article + " is a leaf account of chapter 012 in " + (abregee ? "M57_A" : "M57_D")));
        if (!abregee) {
            assertTrue(parArticle.keySet().containsAll(List.of("64111", "64112", "64113", "64131", "64132",
                    "64138", "6451", "6453", "6332", "6336")), parArticle.keySet().toString());
        }

        for (Mandatement.PaieAgent paie : paies) {
            List<LigneMandatement> siennes = lignes.stream().filter(l -> l.agent() == paie.agent()).toList();
            assertEquals(1, siennes.size(), "one line for " + paie.agent().matricule());
            assertEquals(paie.paye().bulletin().totaux().netAPayer(), siennes.get(0).montant());
        }

        Map<Organisme, BigDecimal> du = new EnumMap<>(Organisme.class);
        for (Mandatement.PaieAgent paie : paies) {
            for (LigneBulletin ligne : paie.paye().bulletin().lignes()) {
                if (ligne.nature() != fr.mutualis.payroll.api.NatureLigne.GAIN
                        && ligne.nature() != fr.mutualis.payroll.api.NatureLigne.DEDUCTION) {
                    du.merge(ImputationsBudgetaires.organisme(ligne.code()),
                            ligne.montantSalarial().add(ligne.montantPatronal()), BigDecimal::add);
                }
            }
        }
        du.values().removeIf(m -> m.signum() == 0);
        Map<Organisme, BigDecimal> paye = new EnumMap<>(Organisme.class);
        lignes.stream().filter(l -> l.organisme() != null)
                .forEach(l -> paye.merge(l.organisme(), l.montant(), BigDecimal::add));
        assertEquals(du, paye, "each organism is paid what the payslips owe it");
        assertEquals(List.of(Organisme.values()), List.copyOf(paye.keySet()), "all seven organisms are paid");
    }

    /** Leaf accounts charged to chapter 012 as a real expense, from the shipped TOTEM plan de comptes 2024. */
    private static Map<String, String> feuilles012(String declinaison) throws IOException {
        String xml = Files.readString(Path.of("../fr.mutualis.budget.server/nomenclature/2024/" + declinaison
                + "/planDeCompte.xml"));
        Map<String, String> comptes = new TreeMap<>();
        Matcher m = Pattern.compile("<Compte Code=\"(\\d+)\" Libelle=\"([^\"]*)\"[^>]*DR=\"012\"[^>]*/>").matcher(xml);
        while (m.find()) {
            comptes.put(m.group(1), m.group(2));
        }
        return comptes;
    }

    private static BigDecimal sum(List<LigneMandatement> lignes) {
        return lignes.stream().map(LigneMandatement::montant).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
