package fr.mutualis.urbanism.ui.dossier;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.urbanism.api.DossierDetail;
import fr.mutualis.urbanism.api.UrbanismeService;

/** An act of the instruction as the user filled it in, ready to be sent to the server. */
@FunctionalInterface
interface Acte {

    DossierDetail appliquer(UrbanismeService service, CollectiviteId commune, String numero);
}
