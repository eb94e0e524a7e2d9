package fr.mutualis.core.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Remote service: the connected user's "À faire" list across every collectivity she may act for (bordereaux to
 * send, payroll months to run or validate, urbanism deadlines, credits nearly exhausted). Each module contributes its
 * lines on the server; only modules enabled for the collectivity and lines her roles there allow are returned.
 */
@ProviderType
public interface AFaireService {

    /** The lines of all the user's collectivities, earliest due date first (lines without a date last). */
    @ReadOnly
    @AuthenticatedOnly
    List<LigneAFaire> aFaire();
}
