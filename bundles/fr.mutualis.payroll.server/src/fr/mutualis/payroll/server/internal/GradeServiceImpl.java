package fr.mutualis.payroll.server.internal;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.payroll.api.GradeGrille;
import fr.mutualis.payroll.api.GradeService;
import fr.mutualis.payroll.server.parametres.ListeGrades;

/** The grades and grids of the server's payroll reference data; nothing of a collectivity is read. */
@Component(service = GradeService.class, property = "mutualis.remote=true")
public final class GradeServiceImpl implements GradeService {

    private final ReferentielPaie referentiel;

    @Activate
    public GradeServiceImpl(@Reference ReferentielPaie referentiel) {
        this.referentiel = referentiel;
    }

    @Override
    public List<GradeGrille> grades(CollectiviteId collectivite, LocalDate date) {
        return ListeGrades.au(referentiel.grilles(), date == null ? LocalDate.now() : date);
    }
}
