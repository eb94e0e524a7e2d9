package fr.mutualis.client.internal;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

import fr.mutualis.client.ClientIds;
import fr.mutualis.core.api.CollectiviteDetail;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Shows a module's contributions (model elements tagged {@code module:<id>}, added by the module's fragment) only
 * when the module is installed in this product (its fragment is there) and enabled for the selected collectivity.
 */
public final class ModuleVisibilityAddon {

    @Inject
    private MApplication application;

    @Inject
    private EModelService models;

    @Inject
    private UISynchronize ui;

    /** Before any collectivity is selected, no module shows. */
    @PostConstruct
    void hideAll() {
        apply(null);
    }

    /**
     * Applies a change of collectivity (null after log out) once the context has notified every part of it: changing
     * the model from inside that notification would dispose parts while the context is still notifying them.
     */
    @Inject
    void collectiviteChanged(@Optional CollectiviteDetail detail) {
        ui.asyncExec(this::applyCurrent);
    }

    /** The end of a switch (the next collectivity came, or could not be read). */
    @Inject
    void bascule(@Optional @jakarta.inject.Named(ClientIds.BASCULE) Boolean bascule) {
        ui.asyncExec(this::applyCurrent);
    }

    /** While one collectivity replaces another, the module parts stay (emptied) until the next one is known. */
    private void applyCurrent() {
        CollectiviteDetail detail = application.getContext().get(CollectiviteDetail.class);
        if (detail == null && Boolean.TRUE.equals(application.getContext().get(ClientIds.BASCULE))) {
            return;
        }
        apply(detail);
    }

    private void apply(CollectiviteDetail detail) {
        List<MUIElement> tagged = models.findElements(application, MUIElement.class,
                EModelService.ANYWHERE | EModelService.IN_MAIN_MENU,
                element -> element instanceof MUIElement e && moduleOf(e) != null);
        // Children first: a menu counts as visible only once one of its items is.
        for (MUIElement element : tagged.reversed()) {
            String module = moduleOf(element);
            boolean enabled = detail != null && detail.moduleActif(module);
            // Parts (and their data) exist only while their module is enabled; menus are only shown or hidden, as
            // the menu renderer follows the visibility of a menu, not its removal.
            if (!(element instanceof MMenuElement) && element.isToBeRendered() != enabled) {
                element.setToBeRendered(enabled);
            }
            element.setVisible(enabled);
        }
    }

    private static String moduleOf(MUIElement element) {
        return element.getTags().stream().filter(t -> t.startsWith(ClientIds.MODULE_TAG_PREFIX))
                .map(t -> t.substring(ClientIds.MODULE_TAG_PREFIX.length())).findFirst().orElse(null);
    }
}
