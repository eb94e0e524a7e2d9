package fr.mutualis.urbanism.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.URL;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import fr.mutualis.core.server.parametres.ParametresPublies;
import fr.mutualis.urbanism.api.DonneesInstruction;
import fr.mutualis.urbanism.api.ResultatDelais;
import fr.mutualis.urbanism.api.TypeDossier;
import fr.mutualis.urbanism.api.UrbanismModule;
import fr.mutualis.urbanism.server.delais.MoteurDelais;
import fr.mutualis.urbanism.server.delais.ParametresDelais;
import fr.mutualis.urbanism.server.workflow.WorkflowDossier;

/**
 * The rules in force on this server: the deadline parameters read from the bundle entry
 * {@value ParametresDelais#RESSOURCE} at activation, the deadline engine, the workflow, and the clock giving
 * "today" in metropolitan French time.
 */
@Component(service = { Reglementation.class, ParametresPublies.class })
public final class Reglementation implements ParametresPublies {

    private static final System.Logger LOG = System.getLogger(Reglementation.class.getName());
    private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    private final ParametresDelais parametres;
    private final Clock horloge = Clock.tickMillis(FRANCE);
    private final MoteurDelais moteur;
    private final WorkflowDossier workflow;

    @Activate
    public Reglementation(BundleContext context) {
        URL entree = context.getBundle().getEntry(ParametresDelais.RESSOURCE);
        if (entree == null) {
            throw new IllegalStateException(ParametresDelais.RESSOURCE + " is missing from "
                    + context.getBundle().getSymbolicName());
        }
        try (InputStream json = entree.openStream()) {
            this.parametres = ParametresDelais.lire(json, ParametresDelais.RESSOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + entree, e);
        }
        this.moteur = new MoteurDelais(parametres, horloge);
        this.workflow = new WorkflowDossier(horloge);
        LOG.log(Level.INFO, "Urbanism deadline parameters read from {0}", entree);
    }

    public LocalDate aujourdhui() {
        return LocalDate.now(horloge);
    }

    public Instant maintenant() {
        return horloge.instant();
    }

    /** What {@code mutualis:parameters} shows: every parameter with its history, as the server computes with. */
    @Override
    public DuModule parametresDuModule() {
        return new DuModule(UrbanismModule.ID, parametres.parametres());
    }

    public ParametresDelais parametres() {
        return parametres;
    }

    public WorkflowDossier workflow() {
        return workflow;
    }

    public ResultatDelais delais(DonneesInstruction donnees) {
        return moteur.calculer(donnees);
    }

    /**
     * The last day on which missing pieces may be requested with effect (R423-38); null for the types where no
     * request is provided (certificates).
     */
    public LocalDate finDemandePieces(TypeDossier type, LocalDate dateDepot) {
        return parametres.demandePiecesPrevue(type, dateDepot)
                ? parametres.delaiDemandePieces(dateDepot).echeance(dateDepot) : null;
    }

    /** The last day on which a majoration may be notified (R423-42). */
    public LocalDate finNotificationMajoration(LocalDate dateDepot) {
        return parametres.delaiNotificationMajoration(dateDepot).echeance(dateDepot);
    }
}
