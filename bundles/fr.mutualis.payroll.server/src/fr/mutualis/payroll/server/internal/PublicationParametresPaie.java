package fr.mutualis.payroll.server.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.server.parametres.ParametreDate;
import fr.mutualis.core.server.parametres.ParametresPublies;
import fr.mutualis.payroll.api.PayrollModule;

/**
 * Shows the payroll parameters the server computes with (shipped file and files loaded since) to
 * {@code mutualis:parameters}.
 */
@Component(service = ParametresPublies.class)
public final class PublicationParametresPaie implements ParametresPublies {

    private final ReferentielPaie referentiel;

    @Activate
    public PublicationParametresPaie(@Reference ReferentielPaie referentiel) {
        this.referentiel = referentiel;
    }

    @Override
    public String module() {
        return PayrollModule.ID;
    }

    @Override
    public List<ParametreDate<?>> parametres() {
        return referentiel.parametres().parametres();
    }
}
