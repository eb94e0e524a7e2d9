package fr.mutualis.urbanism.server.internal;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.urbanism.api.CodeInsee;

/** A dossier belongs to a commune: the collectivity named in a call must be one. */
final class Communes {

    private Communes() {
    }

    static CodeInsee insee(CollectiviteId commune) {
        if (commune == null) {
            throw new DonneeInvalideException("Commune manquante : indiquez le code INSEE de la commune du dossier.");
        }
        if (!commune.isCommuneInsee()) {
            throw new DonneeInvalideException("Un dossier d'urbanisme relève d'une commune : « " + commune.code()
                    + " » est le SIREN d'une intercommunalité ou d'un syndicat. Indiquez le code INSEE de la commune "
                    + "concernée.");
        }
        return CodeInsee.of(commune.code());
    }

    /** The commune itself, once checked: never null. */
    static CollectiviteId requise(CollectiviteId commune) {
        insee(commune);
        return commune;
    }
}
