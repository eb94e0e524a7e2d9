package fr.mutualis.urbanism.ui;

import fr.mutualis.core.api.CollectiviteId;

/**
 * The dossier the user opened, kept in the application context for the dossier view. It names its commune, so the
 * view never shows it under another commune.
 */
public record DossierOuvert(CollectiviteId commune, String numero) {
}
