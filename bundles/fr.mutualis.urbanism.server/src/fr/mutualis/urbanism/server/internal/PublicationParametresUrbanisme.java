package fr.mutualis.urbanism.server.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.server.parametres.ParametreDate;
import fr.mutualis.core.server.parametres.ParametresPublies;
import fr.mutualis.urbanism.api.UrbanismModule;

/** Shows the deadline parameters the server computes with to {@code mutualis:parameters}. */
@Component(service = ParametresPublies.class)
public final class PublicationParametresUrbanisme implements ParametresPublies {

    private final Reglementation reglementation;

    @Activate
    public PublicationParametresUrbanisme(@Reference Reglementation reglementation) {
        this.reglementation = reglementation;
    }

    @Override
    public String module() {
        return UrbanismModule.ID;
    }

    @Override
    public List<ParametreDate<?>> parametres() {
        return reglementation.parametres().parametres();
    }
}
