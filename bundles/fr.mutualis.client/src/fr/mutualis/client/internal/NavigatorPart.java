package fr.mutualis.client.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.osgi.service.event.Event;

import fr.mutualis.client.ClientIds;
import fr.mutualis.client.Widgets;
import fr.mutualis.core.api.CollectiviteDetail;
import fr.mutualis.core.api.ModuleInfo;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The workspace's navigator, in place of a strip of tabs: "Accueil" (À faire, the collectivity), then each module
 * enabled for the selected collectivity with its tasks (the module parts its fragment contributed to the main
 * stack). Choosing a task shows its part; the task of the part shown stays selected.
 */
public final class NavigatorPart {

    static final String ACCUEIL = "Accueil";

    @Inject
    private MApplication application;

    @Inject
    private EModelService models;

    @Inject
    private EPartService parts;

    @Inject
    private UISynchronize ui;

    private Tree tree;
    private boolean reconstruction;

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        tree = Widgets.id(new Tree(parent, SWT.SINGLE | SWT.BORDER), "navigation.tree");
        tree.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tree.addListener(SWT.Selection, e -> {
            if (!reconstruction && e.item instanceof TreeItem item && item.getData() instanceof MPart part) {
                parts.showPart(part, PartState.ACTIVATE);
            }
        });
        ui.asyncExec(() -> {
            masquerOnglets();
            reconstruire();
        });
    }

    /** The main stack's tabs are replaced by this navigator: its tab row is folded away. */
    private void masquerOnglets() {
        MUIElement stack = models.find(ClientIds.MAIN_PART_STACK, application);
        if (stack instanceof MPartStack s && s.getWidget() instanceof CTabFolder folder && !folder.isDisposed()) {
            folder.setTabHeight(0);
            folder.layout(true, true);
        }
    }

    @Inject
    void collectiviteChanged(@Optional CollectiviteDetail detail) {
        // after the module visibility addon has applied the change (it also waits for the UI thread)
        if (ui != null) {
            ui.asyncExec(() -> ui.asyncExec(this::reconstruire));
        }
    }

    @Inject
    @Optional
    void rendu(@UIEventTopic(UIEvents.UIElement.TOPIC_TOBERENDERED) Event event) {
        if (event.getProperty(UIEvents.EventTags.ELEMENT) instanceof MPart) {
            ui.asyncExec(this::reconstruire);
        }
    }

    @Inject
    @Optional
    void active(@UIEventTopic(UIEvents.UILifeCycle.ACTIVATE) Event event) {
        if (event.getProperty(UIEvents.EventTags.ELEMENT) instanceof MPart part) {
            selectionner(part);
        }
    }

    private void reconstruire() {
        if (tree == null || tree.isDisposed()) {
            return;
        }
        CollectiviteDetail detail = application.getContext().get(CollectiviteDetail.class);
        Map<String, String> libelles = new LinkedHashMap<>();
        if (detail != null) {
            for (ModuleInfo m : detail.modulesActifs()) {
                // short in the navigator: "Paie", not "Paie (fonction publique territoriale)"
                libelles.put(m.id(), m.libelle().replaceFirst(" \\(.*\\)$", ""));
            }
        }
        Map<String, List<MPart>> parModule = new LinkedHashMap<>();
        parModule.put(ACCUEIL, new ArrayList<>());
        libelles.keySet().forEach(m -> parModule.put(m, new ArrayList<>()));
        for (MPart part : models.findElements(models.find(ClientIds.MAIN_PART_STACK, application), null, MPart.class,
                null)) {
            if (!part.isToBeRendered() || !part.isVisible()) {
                continue;
            }
            String module = module(part);
            if (module != null && !libelles.containsKey(module)) {
                continue; // a part kept while one collectivity replaces another
            }
            parModule.computeIfAbsent(module == null ? ACCUEIL : module, k -> new ArrayList<>()).add(part);
        }
        reconstruction = true;
        tree.setRedraw(false);
        try {
            tree.removeAll();
            parModule.forEach((module, taches) -> {
                if (taches.isEmpty()) {
                    return;
                }
                TreeItem groupe = new TreeItem(tree, SWT.NONE);
                groupe.setText(libelles.getOrDefault(module, module));
                for (MPart part : taches) {
                    TreeItem tache = new TreeItem(groupe, SWT.NONE);
                    tache.setText(part.getLabel());
                    tache.setData(part);
                }
                groupe.setExpanded(true);
            });
        } finally {
            tree.setRedraw(true);
            reconstruction = false;
        }
        MPart actif = parts.getActivePart();
        if (actif != null) {
            selectionner(actif);
        }
    }

    private void selectionner(MPart part) {
        if (tree == null || tree.isDisposed()) {
            return;
        }
        for (TreeItem groupe : tree.getItems()) {
            for (TreeItem tache : groupe.getItems()) {
                if (tache.getData() == part) {
                    tree.setSelection(tache);
                    return;
                }
            }
        }
    }

    static String module(MPart part) {
        return part.getTags().stream().filter(t -> t.startsWith(ClientIds.MODULE_TAG_PREFIX))
                .map(t -> t.substring(ClientIds.MODULE_TAG_PREFIX.length())).findFirst().orElse(null);
    }
}
