package fr.mutualis.payroll.server.tests;

import static fr.mutualis.payroll.server.tests.Fixtures.agents;
import static fr.mutualis.payroll.server.tests.Fixtures.en;
import static fr.mutualis.payroll.server.tests.Fixtures.enPaie;
import static fr.mutualis.payroll.server.tests.Fixtures.paie;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.Role;
import fr.mutualis.payroll.api.BulletinDetail;
import fr.mutualis.payroll.api.CarriereService;
import fr.mutualis.payroll.api.ChangementEchelon;
import fr.mutualis.payroll.api.LigneBulletin;
import fr.mutualis.payroll.api.RappelEchelon;
import fr.mutualis.testing.OsgiServices;

/** An échelon change entered after the months it takes effect in: the next run pays their difference (rappel). */
class RappelsTest {

    private static final YearMonth NOVEMBRE = YearMonth.of(2025, 11);
    private static final YearMonth DECEMBRE = YearMonth.of(2025, 12);
    private static final YearMonth JANVIER = YearMonth.of(2026, 1);

    private CollectiviteId commune;
    private long agentId;

    private static CarriereService carriere() {
        return OsgiServices.service(CarriereService.class);
    }

    @BeforeEach
    void communeAvecDeuxMoisValides() {
        commune = Fixtures.nouvelleCommune();
        agentId = enPaie(commune, () -> agents().creerAgent(commune, Fixtures.exemple("A0001", Fixtures.nir()))).id();
        for (YearMonth mois : List.of(NOVEMBRE, DECEMBRE)) {
            enPaie(commune, () -> paie().lancerPaie(commune, mois));
            en(commune, Set.of(Role.ORDONNATEUR), () -> paie().validerPaie(commune, mois));
        }
    }

    @Test
    void januaryPaysTheDifferenceOfNovemberAndDecemberAsLinesOfTheirOwn() {
        // C2 échelon 11, IM 417 from 1 November 2025 (domain.md 2.5 agent at IM 400 until then)
        RappelEchelon rappel = enPaie(commune, () -> carriere().changerEchelon(commune, agentId,
                new ChangementEchelon(LocalDate.of(2025, 11, 1), 11, 417)));
        assertEquals(new RappelEchelon(agentId, LocalDate.of(2025, 11, 1), 400, 417, JANVIER), rappel);

        enPaie(commune, () -> paie().lancerPaie(commune, JANVIER));
        long id = enPaie(commune, () -> paie().bulletins(commune, JANVIER)).get(0).id();
        BulletinDetail detail = enPaie(commune, () -> paie().bulletin(commune, id));
        // TIB 417 x point = 2052.8006 -> 2052.80, was 1969.11: + 83.69 a month; NBI, SFT (415 and 432 below the
        // floor 454), IFSE and TPP unchanged: no other rappel line
        List<LigneBulletin> rappels = detail.bulletin().lignes().stream()
                .filter(ligne -> ligne.code().startsWith("RAPPEL_")).toList();
        assertEquals(List.of("Rappel novembre 2025 : Traitement indiciaire brut (IM 417)",
                "Rappel décembre 2025 : Traitement indiciaire brut (IM 417)"),
                rappels.stream().map(LigneBulletin::libelle).toList());
        rappels.forEach(ligne -> assertEquals(new BigDecimal("83.69"), ligne.montantSalarial()));
        // gross = 2052.80 + 73.84 + 77.72 + 250 - 13.92 + 2 x 83.69 = 2607.82; pension base 2126.64 + 167.38
        assertEquals(new BigDecimal("2607.82"), detail.bulletin().totaux().brut());
        assertEquals(new BigDecimal("2294.02"), detail.bulletin().ligne("CNRACL").orElseThrow().base());
        assertEquals(new BigDecimal("2607.82"), enPaie(commune, () -> paie().journal(commune, JANVIER)).totaux().brut());
    }

    @Test
    void noRappelWithoutValidatedMonthAndNoDateInTheOpenMonth() {
        DonneeInvalideException futur = assertThrows(DonneeInvalideException.class, () -> enPaie(commune,
                () -> carriere().changerEchelon(commune, agentId, new ChangementEchelon(LocalDate.of(2026, 1, 15),
                        11, 417))));
        assertEquals("Date d'effet du 15/01/2026 postérieure au premier jour du premier mois non validé (janvier "
                + "2026) : modifiez l'échelon sur la fiche de l'agent le mois venu.", futur.getMessage());
        assertEquals(400, enPaie(commune, () -> agents().agent(commune, agentId)).donnees().indiceMajore());
        // from 1 January 2026 (the open month): nothing to recall, the January run uses IM 417
        RappelEchelon sansRappel = enPaie(commune, () -> carriere().changerEchelon(commune, agentId,
                new ChangementEchelon(LocalDate.of(2026, 1, 1), 11, 417)));
        assertNull(sansRappel.moisDuRappel());
        enPaie(commune, () -> paie().lancerPaie(commune, JANVIER));
        long id = enPaie(commune, () -> paie().bulletins(commune, JANVIER)).get(0).id();
        BulletinDetail detail = enPaie(commune, () -> paie().bulletin(commune, id));
        assertEquals(new BigDecimal("2052.80"), detail.bulletin().ligne("TIB").orElseThrow().montantSalarial());
        assertEquals(0, detail.bulletin().lignes().stream().filter(l -> l.code().startsWith("RAPPEL_")).count());
    }
}
