package fr.mutualis.payroll.ui.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.payroll.api.Absence;
import fr.mutualis.payroll.api.NatureAbsence;

class LectureAbsenceTest {

    @Test
    void aSickLeaveIsReadWithItsDatesAndShownInTheList() {
        LectureAbsence.Lecture lecture = LectureAbsence.lire(NatureAbsence.MALADIE_ORDINAIRE, "01/07/2026",
                "30/11/2026", "", false);
        assertEquals(List.of(), lecture.erreurs());
        assertEquals(new Absence(NatureAbsence.MALADIE_ORDINAIRE, LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 11, 30), null, false), lecture.absence());
        assertEquals("maladie ordinaire du 01/07/2026 au 30/11/2026 (153 j), jour de carence",
                LectureAbsence.libelle(lecture.absence()));
    }

    @Test
    void aStrikeOfPartOfADayTakesItsHoursAndTheLastDayDefaultsToTheFirst() {
        LectureAbsence.Lecture lecture = LectureAbsence.lire(NatureAbsence.GREVE, "12/11/2026", "", "3,5", false);
        assertEquals(new Absence(NatureAbsence.GREVE, LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 12),
                new BigDecimal("3.5"), false), lecture.absence());
        assertEquals("grève le 12/11/2026 (3,5 h)", LectureAbsence.libelle(lecture.absence()));
    }

    @Test
    void everyProblemIsListedAndNothingIsRead() {
        LectureAbsence.Lecture lecture = LectureAbsence.lire(null, "32/01/2026", "", "trois", false);
        assertNull(lecture.absence());
        assertEquals(List.of("Nature de l'absence : choisissez maladie ordinaire ou grève.",
                "Premier jour : date attendue au format JJ/MM/AAAA, « 32/01/2026 » saisi.",
                "Heures de grève : nombre attendu, « trois » saisi."), lecture.erreurs());
        // the record's own checks come through in French
        assertEquals(List.of("Absence du 2026-11-20 au 2026-11-10 : la date de fin précède la date de début."),
                LectureAbsence.lire(NatureAbsence.GREVE, "20/11/2026", "10/11/2026", "", false).erreurs());
    }
}
