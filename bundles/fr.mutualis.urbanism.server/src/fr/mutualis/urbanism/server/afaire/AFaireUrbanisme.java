package fr.mutualis.urbanism.server.afaire;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.LigneAFaire;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.spi.ContributionAFaire;
import fr.mutualis.urbanism.api.DossierResume;
import fr.mutualis.urbanism.api.EtatDossier;
import fr.mutualis.urbanism.api.UrbanismModule;
import fr.mutualis.urbanism.api.UrbanismeService;

/**
 * The urbanism lines of the "À faire" list: dossiers of the commune whose date limite falls within
 * {@value #JOURS} days (or has passed with no decision recorded), so the decision is signed before silence decides.
 * Only communes hold dossiers: an intercommunality's own line list is empty (its instructors see the member
 * communes that delegated urbanism to it).
 */
@Component(service = ContributionAFaire.class)
public final class AFaireUrbanisme extends ContributionAFaire {

    /** How far ahead the list looks. */
    static final int JOURS = 15;

    private final UrbanismeService urbanisme;

    @Activate
    public AFaireUrbanisme(@Reference UrbanismeService urbanisme) {
        super(UrbanismModule.ID, Set.of(Role.URBANISME_INSTRUCTEUR, Role.SAISIE));
        this.urbanisme = urbanisme;
    }

    @Override
    public List<LigneAFaire> lignes(Collectivite collectivite, Set<Role> roles) {
        if (!collectivite.id().isCommuneInsee()) {
            return List.of();
        }
        return urbanisme.echeances(collectivite.id(), JOURS).stream().map(d -> ligne(collectivite, d)).toList();
    }

    private LigneAFaire ligne(Collectivite collectivite, DossierResume d) {
        Integer jours = d.joursRestants();
        String quand = jours == null ? "" : jours < 0 ? " — date limite dépassée de " + -jours + " jour(s)"
                : jours == 0 ? " — dernier jour aujourd'hui" : " — " + jours + " jour(s) restant(s)";
        String quoi = d.type().libelle() + " " + d.numero() + " (" + d.petitionnaire() + ", " + d.etat().libelle()
                + ") : " + (d.etat() == EtatDossier.INCOMPLET ? "pièces attendues" : "décision à prendre") + quand + (d.issueTacite() == null ? ""
                        : ", sinon " + d.issueTacite().libelle(d.type()));
        return ligne(collectivite, quoi, d.dateLimite(), "urbanisme.dossier", d.numero());
    }
}
