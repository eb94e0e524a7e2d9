package fr.mutualis.client.internal;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import fr.mutualis.client.ClientIds;
import fr.mutualis.client.RemoteCall;
import fr.mutualis.client.Widgets;
import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.CollectiviteDetail;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.CollectiviteService;
import fr.mutualis.remote.client.ServerConnection;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The collectivity switcher in the window's tool bar: lists only the collectivities the user may act for (as the
 * server says) and publishes the selected one, with its enabled modules, as {@link CollectiviteDetail} in the
 * application context. Module UIs react to it; data of two collectivities are never shown together: the previous
 * collectivity is withdrawn from the context before the next one loads, so every part empties its lists and forms.
 * A user of several collectivities starts on "À faire" with none selected; a user of one starts on it.
 */
public final class CollectiviteSwitcher {

    @Inject
    private MApplication application;

    @Inject
    private EPartService parts;

    @Inject
    private UISynchronize ui;

    private Combo combo;
    private Label status;
    private List<Collectivite> collectivites = List.of();

    @PostConstruct
    void create(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 2;
        box.setLayout(layout);
        new Label(box, SWT.NONE).setText("Collectivité :");
        combo = Widgets.id(new Combo(box, SWT.READ_ONLY | SWT.DROP_DOWN), "collectivite.switcher");
        GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        data.widthHint = 380;
        combo.setLayoutData(data);
        combo.setEnabled(false);
        combo.addListener(SWT.Selection, e -> select(combo.getSelectionIndex()));
        status = Widgets.id(new Label(box, SWT.NONE), "collectivite.switcher.status");
        status.setText("Non connecté");
        status.setLayoutData(new GridData(380, SWT.DEFAULT));
    }

    @Inject
    void collectivitesChanged(@Optional @Named(ClientIds.MY_COLLECTIVITIES) List<Collectivite> mine) {
        if (combo == null || combo.isDisposed()) {
            return;
        }
        collectivites = mine == null ? List.of() : List.copyOf(mine);
        combo.setItems(collectivites.stream().map(Collectivite::libelle).toArray(String[]::new));
        combo.setEnabled(!collectivites.isEmpty());
        if (mine == null) {
            status.setText("Non connecté");
        } else if (collectivites.isEmpty()) {
            status.setText("Aucune collectivité : demandez une habilitation à votre administrateur.");
        } else if (collectivites.size() == 1) {
            combo.select(0);
            select(0);
        } else {
            combo.deselectAll();
            status.setText("Choisissez une collectivité, ou une ligne « À faire ».");
        }
        combo.getParent().layout(true);
    }

    /** A request to open a collectivity (from an "À faire" line). */
    @Inject
    void demandee(@Optional @Named(ClientIds.COLLECTIVITE_DEMANDEE) CollectiviteId id) {
        if (combo == null || combo.isDisposed() || id == null) {
            return;
        }
        for (int i = 0; i < collectivites.size(); i++) {
            if (collectivites.get(i).id().equals(id)) {
                combo.select(i);
                select(i);
                return;
            }
        }
    }

    private void select(int index) {
        if (index < 0 || index >= collectivites.size()) {
            return;
        }
        ServerConnection connection = application.getContext().get(ServerConnection.class);
        Collectivite chosen = collectivites.get(index);
        status.setText("Chargement…");
        combo.setEnabled(false);
        MPart avant = parts.getActivePart();
        String module = avant == null ? null : NavigatorPart.module(avant);
        application.getContext().set(ClientIds.BASCULE, Boolean.TRUE);
        application.getContext().remove(CollectiviteDetail.class);
        RemoteCall.run("Ouverture de " + chosen.nom(),
                () -> connection.service(CollectiviteService.class).consulter(chosen.id()),
                detail -> {
                    if (!combo.isDisposed()) {
                        combo.setEnabled(true);
                        status.setText(detail.modulesActifs().size() + " module(s) activé(s)");
                    }
                    application.getContext().set(CollectiviteDetail.class, detail);
                    application.getContext().set(ClientIds.BASCULE, Boolean.FALSE);
                    if (module != null && detail.moduleActif(module)) {
                        // the same task in the new collectivity, once the module visibility has rendered it again
                        ui.asyncExec(() -> ui.asyncExec(() -> {
                            if (avant.isToBeRendered() && avant.isVisible()) {
                                parts.showPart(avant, PartState.ACTIVATE);
                            }
                        }));
                    }
                },
                error -> {
                    application.getContext().set(ClientIds.BASCULE, Boolean.FALSE);
                    if (!combo.isDisposed()) {
                        combo.setEnabled(true);
                        combo.deselectAll();
                        status.setText(error);
                    }
                });
    }
}
