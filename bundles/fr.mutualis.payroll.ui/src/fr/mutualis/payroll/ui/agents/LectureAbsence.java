package fr.mutualis.payroll.ui.agents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.payroll.api.Absence;
import fr.mutualis.payroll.api.NatureAbsence;

/**
 * Reads the texts of the absence section of the agent form into an {@link Absence}, collecting every problem (dates,
 * hours, then the record's own checks) so nothing is sent to the server when one is wrong. No SWT here.
 */
final class LectureAbsence {

    /** The absence read, or null, and every problem found. */
    record Lecture(Absence absence, List<String> erreurs) {
    }

    private LectureAbsence() {
    }

    /**
     * @param nature      the nature chosen (null when none)
     * @param debut       first day, JJ/MM/AAAA
     * @param fin         last day, JJ/MM/AAAA (empty: the first day)
     * @param heures      hours of a strike of part of a day (empty: whole days)
     * @param sansCarence the leave is exempt from the jour de carence
     */
    static Lecture lire(NatureAbsence nature, String debut, String fin, String heures, boolean sansCarence) {
        List<String> erreurs = new ArrayList<>();
        if (nature == null) {
            erreurs.add("Nature de l'absence : choisissez maladie ordinaire ou grève.");
        }
        LocalDate premier = date("Premier jour", debut, erreurs);
        LocalDate dernier = fin == null || fin.isBlank() ? premier : date("Dernier jour", fin, erreurs);
        BigDecimal nombreHeures = null;
        if (heures != null && !heures.isBlank()) {
            try {
                nombreHeures = new BigDecimal(heures.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                erreurs.add("Heures de grève : nombre attendu, « " + heures.strip() + " » saisi.");
            }
        }
        if (!erreurs.isEmpty()) {
            return new Lecture(null, List.copyOf(erreurs));
        }
        try {
            return new Lecture(new Absence(nature, premier, dernier, nombreHeures, sansCarence), List.of());
        } catch (DonneeInvalideException e) {
            return new Lecture(null, List.of(e.getMessage()));
        }
    }

    private static LocalDate date(String libelle, String texte, List<String> erreurs) {
        String t = texte == null ? "" : texte.strip();
        if (t.isEmpty()) {
            erreurs.add(libelle + " : date requise (JJ/MM/AAAA).");
            return null;
        }
        try {
            return LocalDate.parse(t, LectureFormulaire.DATE);
        } catch (DateTimeParseException e) {
            erreurs.add(libelle + " : date attendue au format JJ/MM/AAAA, « " + t + " » saisi.");
            return null;
        }
    }

    /** The line of the absences list. */
    static String libelle(Absence absence) {
        String dates = absence.debut().equals(absence.fin()) ? "le " + LectureFormulaire.DATE.format(absence.debut())
                : "du " + LectureFormulaire.DATE.format(absence.debut()) + " au "
                        + LectureFormulaire.DATE.format(absence.fin());
        String texte = absence.nature().libelle() + " " + dates + " (" + absence.jours() + " j)";
        if (absence.heures() != null) {
            texte = absence.nature().libelle() + " " + dates + " (" + absence.heures().stripTrailingZeros()
                    .toPlainString().replace('.', ',') + " h)";
        }
        if (absence.nature() == NatureAbsence.MALADIE_ORDINAIRE) {
            texte += absence.sansCarence() ? ", sans jour de carence" : ", jour de carence";
        }
        return texte;
    }
}
