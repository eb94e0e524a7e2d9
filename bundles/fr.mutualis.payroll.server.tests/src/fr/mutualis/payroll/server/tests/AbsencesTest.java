package fr.mutualis.payroll.server.tests;

import static fr.mutualis.payroll.server.tests.Fixtures.agents;
import static fr.mutualis.payroll.server.tests.Fixtures.en;
import static fr.mutualis.payroll.server.tests.Fixtures.enPaie;
import static fr.mutualis.payroll.server.tests.Fixtures.paie;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import fr.mutualis.payroll.api.Absence;
import fr.mutualis.payroll.api.AbsenceAgent;
import fr.mutualis.payroll.api.AbsenceService;
import fr.mutualis.payroll.api.BulletinDetail;
import fr.mutualis.payroll.api.LigneBulletin;
import fr.mutualis.payroll.api.NatureAbsence;
import fr.mutualis.testing.OsgiServices;

/** Absences stored per agent and deducted by the next run (table paie_absence, V5). */
class AbsencesTest {

    private static final YearMonth JANVIER = YearMonth.of(2026, 1);

    private CollectiviteId commune;
    private long agentId;

    private static AbsenceService absences() {
        return OsgiServices.service(AbsenceService.class);
    }

    @BeforeEach
    void communeAvecUnAgent() {
        commune = Fixtures.nouvelleCommune();
        agentId = enPaie(commune, () -> agents().creerAgent(commune, Fixtures.exemple("A0001", Fixtures.nir()))).id();
    }

    private static Absence maladie(int debut, int fin) {
        return new Absence(NatureAbsence.MALADIE_ORDINAIRE, LocalDate.of(2026, 1, debut), LocalDate.of(2026, 1, fin),
                null, false);
    }

    @Test
    void aSickLeaveIsStoredThenDeductedByTheRunAndShownOnThePayslip() {
        AbsenceAgent declaree = enPaie(commune, () -> absences().declarerAbsence(commune, agentId, maladie(12, 16)));
        assertEquals(List.of(declaree), enPaie(commune, () -> absences().absences(commune, agentId)));

        enPaie(commune, () -> paie().lancerPaie(commune, JANVIER));
        long bulletinId = enPaie(commune, () -> paie().bulletins(commune, JANVIER)).get(0).id();
        BulletinDetail detail = enPaie(commune, () -> paie().bulletin(commune, bulletinId));
        // domain.md 2.5 agent (IM 400, NBI 15, IFSE 250): carence = 1969.11 / 30 -> 65.64, 73.84 / 30 -> 2.46,
        // 250 / 30 -> 8.33: 76.43; 4 days at 90 %: 1969.11 x 4 x 10 % / 30 -> 26.25, 73.84 x 0.04 / 3 -> 0.98: 27.23
        assertEquals(new BigDecimal("76.43"), ligne(detail, "CARENCE").montantSalarial());
        assertEquals("Jour de carence (1/30)", ligne(detail, "CARENCE").libelle());
        assertEquals(new BigDecimal("27.23"), ligne(detail, "MALADIE_90J").montantSalarial());
        // the IFSE follows the traitement's reduction (décret 2010-997 art. 1): 250 x 4 x 10 % / 30 = 3.3333 -> 3.33
        assertEquals(new BigDecimal("3.33"), ligne(detail, "MALADIE_RI").montantSalarial());
        // 2356.75 - 76.43 - 27.23 - 3.33
        assertEquals(new BigDecimal("2249.76"), detail.bulletin().totaux().brut());
        // the journal charges the deductions to the articles they reduce: its gross total is the payslip's
        assertEquals(new BigDecimal("2249.76"), enPaie(commune, () -> paie().journal(commune, JANVIER)).totaux().brut());
    }

    @Test
    void overlapsAndValidatedMonthsAreRefusedAndNothingIsWritten() {
        enPaie(commune, () -> absences().declarerAbsence(commune, agentId, maladie(12, 16)));
        DonneeInvalideException chevauche = assertThrows(DonneeInvalideException.class, () -> enPaie(commune,
                () -> absences().declarerAbsence(commune, agentId, new Absence(NatureAbsence.GREVE,
                        LocalDate.of(2026, 1, 16), LocalDate.of(2026, 1, 16), null, false))));
        assertEquals("Cette absence chevauche celle déjà saisie (maladie ordinaire du 2026-01-12 au 2026-01-16) : "
                + "modifiez ou supprimez l'une des deux.", chevauche.getMessage());
        assertEquals(1, enPaie(commune, () -> absences().absences(commune, agentId)).size());

        enPaie(commune, () -> paie().lancerPaie(commune, JANVIER));
        en(commune, Set.of(Role.ORDONNATEUR), () -> paie().validerPaie(commune, JANVIER));
        DonneeInvalideException validee = assertThrows(DonneeInvalideException.class, () -> enPaie(commune,
                () -> absences().declarerAbsence(commune, agentId, maladie(20, 21))));
        assertTrue(validee.getMessage().endsWith("est validée : une absence qui la touche ne peut plus être saisie "
                + "ni supprimée."), validee.getMessage());
        long id = enPaie(commune, () -> absences().absences(commune, agentId)).get(0).id();
        assertThrows(DonneeInvalideException.class, () -> enPaie(commune, () -> {
            absences().supprimerAbsence(commune, id);
            return null;
        }));
        assertEquals(1, enPaie(commune, () -> absences().absences(commune, agentId)).size());
    }

    @Test
    void anotherCollectivityCannotSeeOrDeleteTheAbsence() {
        long id = enPaie(commune, () -> absences().declarerAbsence(commune, agentId, maladie(5, 6))).id();
        CollectiviteId autre = Fixtures.nouvelleCommune();
        assertThrows(RuntimeException.class, () -> enPaie(autre, () -> absences().absences(autre, agentId)));
        assertThrows(RuntimeException.class, () -> enPaie(autre, () -> {
            absences().supprimerAbsence(autre, id);
            return null;
        }));
        assertEquals(1, enPaie(commune, () -> absences().absences(commune, agentId)).size());
        enPaie(commune, () -> {
            absences().supprimerAbsence(commune, id);
            return null;
        });
        assertTrue(enPaie(commune, () -> absences().absences(commune, agentId)).isEmpty());
    }

    private static LigneBulletin ligne(BulletinDetail detail, String code) {
        return detail.bulletin().ligne(code).orElseThrow(() -> new AssertionError(code + " absent"));
    }
}
