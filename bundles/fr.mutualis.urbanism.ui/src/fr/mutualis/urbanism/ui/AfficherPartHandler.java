package fr.mutualis.urbanism.ui;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import jakarta.inject.Named;

/** Menu Urbanisme: brings one of the urbanism parts to the front (the part's id is the command's parameter). */
public final class AfficherPartHandler {

    @Execute
    void execute(EPartService parts, @Named(UrbanismeUi.PART_PARAMETER) String partId) {
        parts.showPart(partId, PartState.ACTIVATE);
    }
}
