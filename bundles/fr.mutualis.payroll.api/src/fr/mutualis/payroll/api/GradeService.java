package fr.mutualis.payroll.api;

import static fr.mutualis.core.api.Role.LECTURE;
import static fr.mutualis.core.api.Role.ORDONNATEUR;
import static fr.mutualis.core.api.Role.PAIE;

import java.time.LocalDate;
import java.util.List;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.Permission;
import fr.mutualis.core.api.ReadOnly;

/**
 * Remote service: the territorial grades and their grids (the same for every collectivity: the server's effective-
 * dated grids, with their legal sources), to offer the grades by name on the agent's form.
 *
 * @since 1.1
 */
public interface GradeService {

    /**
     * The grades an agent's record can name, each with its grid in force on {@code date} (today when null), by
     * category, filière and code; a grade without a grid in force that day is left out.
     */
    @ReadOnly
    @Permission(value = { LECTURE, PAIE, ORDONNATEUR }, module = PayrollModule.ID)
    List<GradeGrille> grades(CollectiviteId collectivite, LocalDate date);
}
