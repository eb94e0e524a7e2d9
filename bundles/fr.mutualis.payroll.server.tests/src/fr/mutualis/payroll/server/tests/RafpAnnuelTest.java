package fr.mutualis.payroll.server.tests;

import static fr.mutualis.payroll.server.tests.Fixtures.agents;
import static fr.mutualis.payroll.server.tests.Fixtures.en;
import static fr.mutualis.payroll.server.tests.Fixtures.enPaie;
import static fr.mutualis.payroll.server.tests.Fixtures.paie;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.Role;
import fr.mutualis.payroll.api.Agent;
import fr.mutualis.payroll.api.AgentSaisie;
import fr.mutualis.payroll.api.CategorieTpp;
import fr.mutualis.payroll.api.ElementIndemnitaire;
import fr.mutualis.payroll.api.LigneBulletin;
import fr.mutualis.payroll.api.NatureElement;
import fr.mutualis.payroll.api.Statut;
import fr.mutualis.payroll.api.ZoneResidence;

/**
 * The monthly run feeds the RAFP's annual cap (décret 2004-569 art. 2: 20 % of the TIB of the civil year, cumulated
 * month by month) with what the validated months of the year gave: a titulaire at IM 400 (TIB 1,969.11), zone 3, no
 * child, no TPP, whose IFSE is 100 in January, 700 in February, 100 in March and none in April 2026.
 */
class RafpAnnuelTest {

    private static AgentSaisie agent(String nir, String ifse) {
        List<ElementIndemnitaire> primes = ifse == null ? List.of()
                : List.of(new ElementIndemnitaire(NatureElement.IFSE, "IFSE", new BigDecimal(ifse)));
        return new AgentSaisie("R0001", "RAFP", "Annuel", nir, Statut.TITULAIRE, new BigDecimal("35"), BigDecimal.ONE,
                null, 0, 400, 0, ZoneResidence.ZONE_3, 0, primes, CategorieTpp.AUCUNE, null, LocalDate.of(2020, 1, 1),
                null, Fixtures.naissance(nir), "523c");
    }

    private static LigneBulletin rafp(CollectiviteId c, YearMonth mois) {
        enPaie(c, () -> paie().lancerPaie(c, mois));
        long id = enPaie(c, () -> paie().bulletins(c, mois)).get(0).id();
        return enPaie(c, () -> paie().bulletin(c, id)).bulletin().ligne("RAFP").orElseThrow();
    }

    private static void valider(CollectiviteId c, YearMonth mois) {
        en(c, Set.of(Role.ORDONNATEUR), () -> paie().validerPaie(c, mois));
    }

    private static void ifse(CollectiviteId c, long id, String nir, String ifse) {
        enPaie(c, () -> agents().modifierAgent(c, id, agent(nir, ifse)));
    }

    @Test
    void eachMonthGetsTheValidatedMonthsOfTheYearAndTheYearEndsAtItsCap() {
        CollectiviteId c = Fixtures.nouvelleCommune();
        String nir = Fixtures.nir();
        Agent a = enPaie(c, () -> agents().creerAgent(c, agent(nir, "100")));

        assertEquals(new BigDecimal("100.00"), rafp(c, YearMonth.of(2026, 1)).base());
        ifse(c, a.id(), nir, "700");
        // January still a draft: February alone, the monthly rule, 20 % x 1969.11 = 393.822 -> 393.82
        assertEquals(new BigDecimal("393.82"), rafp(c, YearMonth.of(2026, 2)).base());

        ifse(c, a.id(), nir, "100");
        rafp(c, YearMonth.of(2026, 1));
        valider(c, YearMonth.of(2026, 1));
        ifse(c, a.id(), nir, "700");
        // January validated: cap over two months round(20 % x 3938.22) = 787.64; accessories 800; 787.64 - 100
        LigneBulletin fevrier = rafp(c, YearMonth.of(2026, 2));
        assertEquals(new BigDecimal("687.64"), fevrier.base());
        assertEquals(new BigDecimal("34.38"), fevrier.montantSalarial());
        assertEquals(new BigDecimal("34.38"), fevrier.montantPatronal());
        valider(c, YearMonth.of(2026, 2));

        ifse(c, a.id(), nir, "100");
        // cap round(20 % x 5907.33) = 1181.47; accessories 900: 900 - 787.64 = 112.36 (the 12.36 held back come back)
        LigneBulletin mars = rafp(c, YearMonth.of(2026, 3));
        assertEquals(new BigDecimal("112.36"), mars.base());
        assertEquals(new BigDecimal("5.62"), mars.montantSalarial());
        valider(c, YearMonth.of(2026, 3));

        ifse(c, a.id(), nir, null);
        // April: no accessory; the year's 900 are all declared and under the cap: no RAFP line
        enPaie(c, () -> paie().lancerPaie(c, YearMonth.of(2026, 4)));
        long id = enPaie(c, () -> paie().bulletins(c, YearMonth.of(2026, 4))).get(0).id();
        assertEquals(java.util.Optional.empty(), enPaie(c, () -> paie().bulletin(c, id)).bulletin().ligne("RAFP"));
    }
}
