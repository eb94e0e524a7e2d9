package fr.mutualis.client.internal;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

import fr.mutualis.client.ClientIds;
import fr.mutualis.core.api.CollectiviteDetail;
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
    @Optional
    void collectiviteChanged(CollectiviteDetail detail) {
        apply(detail);
    }

    /** Before any collectivity is selected, no module shows. */
    @jakarta.annotation.PostConstruct
    void hideAll() {
        apply(null);
    }

    private void apply(CollectiviteDetail detail) {
        List<MUIElement> tagged = models.findElements(application, MUIElement.class, EModelService.ANYWHERE,
                element -> element instanceof MUIElement e && moduleOf(e) != null);
        for (MUIElement element : tagged) {
            String module = moduleOf(element);
            boolean enabled = detail != null && detail.moduleActif(module);
            if (element.isToBeRendered() != enabled) {
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
