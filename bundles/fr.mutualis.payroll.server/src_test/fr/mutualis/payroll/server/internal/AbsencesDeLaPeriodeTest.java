package fr.mutualis.payroll.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.mutualis.payroll.api.Absence;
import fr.mutualis.payroll.api.NatureAbsence;

/** The payslip's lines for the period's absences. */
class AbsencesDeLaPeriodeTest {

    @Test
    void eachAbsenceIsOneFrenchLine() {
        assertEquals("maladie ordinaire du 15/09/2026 au 30/11/2026, jour de carence le 15/09/2026",
                AbsencesDeLaPeriode.ligne(new Absence(NatureAbsence.MALADIE_ORDINAIRE, LocalDate.of(2026, 9, 15),
                        LocalDate.of(2026, 11, 30), null, false)));
        assertEquals("maladie ordinaire du 02/11/2026 au 03/11/2026, sans jour de carence",
                AbsencesDeLaPeriode.ligne(new Absence(NatureAbsence.MALADIE_ORDINAIRE, LocalDate.of(2026, 11, 2),
                        LocalDate.of(2026, 11, 3), null, true)));
        assertEquals("grève le 12/11/2026 (3,5 h)", AbsencesDeLaPeriode.ligne(new Absence(NatureAbsence.GREVE,
                LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 12), new BigDecimal("3.50"), false)));
        assertEquals("grève du 12/11/2026 au 13/11/2026", AbsencesDeLaPeriode.ligne(new Absence(NatureAbsence.GREVE,
                LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 13), null, false)));
    }
}
