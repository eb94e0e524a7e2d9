package fr.mutualis.client.internal;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import fr.mutualis.client.Widgets;
import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.CollectiviteDetail;
import fr.mutualis.core.api.CollectiviteKind;
import fr.mutualis.core.api.ModuleInfo;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The module-neutral view of the selected collectivity: identity, population, EPCI, enabled modules. */
public final class CollectivitePart {

    private static final String NOT_CONNECTED = "Connectez-vous pour choisir une collectivité.";
    private static final String NONE_CHOSEN = "Choisissez une collectivité dans la liste en haut de la fenêtre, ou "
            + "ouvrez une ligne « À faire ».";

    private boolean connected;
    private CollectiviteDetail shown;

    @Inject
    private MWindow window;

    private Label nom;
    private Label code;
    private Label siren;
    private Label type;
    private Label population;
    private Label departement;
    private Label epci;
    private Label modules;

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        nom = Widgets.id(new Label(parent, SWT.NONE), "collectivite.nom");
        nom.setFont(JFaceResources.getHeaderFont());
        nom.setText(connected ? NONE_CHOSEN : NOT_CONNECTED);
        nom.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        code = row(parent, "Code INSEE / SIREN :", "collectivite.code");
        siren = row(parent, "SIREN :", "collectivite.siren");
        type = row(parent, "Type :", "collectivite.type");
        population = row(parent, "Population :", "collectivite.population");
        departement = row(parent, "Département :", "collectivite.departement");
        epci = row(parent, "Intercommunalité :", "collectivite.epci");
        modules = row(parent, "Modules activés :", "collectivite.modules");
        show(shown); // the part is made when first shown, often after the collectivity was chosen
    }

    private static Label row(Composite parent, String caption, String id) {
        new Label(parent, SWT.NONE).setText(caption);
        Label value = Widgets.id(new Label(parent, SWT.NONE), id);
        value.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return value;
    }

    @Inject
    void connection(@Optional fr.mutualis.remote.client.ServerConnection connection) {
        connected = connection != null;
        if (nom != null && !nom.isDisposed() && nom.getText().equals(connected ? NOT_CONNECTED : NONE_CHOSEN)) {
            nom.setText(connected ? NONE_CHOSEN : NOT_CONNECTED);
        }
    }

    @Inject
    void show(@Optional CollectiviteDetail detail) {
        shown = detail;
        if (nom == null || nom.isDisposed()) {
            return;
        }
        if (detail == null) {
            clear();
            return;
        }
        Collectivite c = detail.collectivite();
        nom.setText(c.nom());
        code.setText(c.id().code());
        siren.setText(c.siren() == null ? "—" : c.siren());
        type.setText(c.kind().libelle());
        population.setText(NumberFormat.getIntegerInstance(Locale.FRANCE).format(c.population()).replace('\u202f', ' ')
                + " habitants");
        departement.setText(c.departement() == null ? "—" : c.departement());
        epci.setText(c.kind() == CollectiviteKind.EPCI ? detail.nombreMembres() + " communes membres"
                : c.epci() == null ? "aucune" : c.epciNom() + " (" + c.epci().code() + ")");
        modules.setText(detail.modulesActifs().isEmpty() ? "aucun"
                : detail.modulesActifs().stream().map(ModuleInfo::libelle).collect(Collectors.joining(", ")));
        nom.getParent().layout(true, true);
        window.setLabel("Mutualis — " + c.nom() + " (" + c.id().code() + ")");
    }

    /** After the user logged out: nothing of the previous session stays on screen. */
    private void clear() {
        nom.setText(connected ? NONE_CHOSEN : NOT_CONNECTED);
        for (Label value : List.of(code, siren, type, population, departement, epci, modules)) {
            value.setText("");
        }
        window.setLabel("Mutualis");
    }
}
