package fr.mutualis.core.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One thing waiting for the user in one collectivity, with where to do it.
 *
 * @param collectivite    the collectivity concerned
 * @param collectiviteNom its name, as shown to users
 * @param module          the module id ({@code budget}, {@code paie}, {@code urbanisme})
 * @param quoi            what is to be done, a French sentence ("Paie de décembre 2026 à valider")
 * @param echeance        the day it is due, or null when no date applies
 * @param cible           the task in the client where it is done (see {@link #CIBLE_TAG_PREFIX}), e.g.
 *                        {@code paie.mois}
 * @param reference       what to open there (a dossier number, a month {@code 2026-12}, a budget code), or null
 */
public record LigneAFaire(CollectiviteId collectivite, String collectiviteNom, String module, String quoi,
        LocalDate echeance, String cible, String reference) implements Serializable {

    /** Client parts tagged {@code afaire:<cible>} are the ones a line with that cible opens. */
    public static final String CIBLE_TAG_PREFIX = "afaire:";

    public LigneAFaire {
        Objects.requireNonNull(collectivite, "collectivite");
        Objects.requireNonNull(collectiviteNom, "collectiviteNom");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(quoi, "quoi");
        Objects.requireNonNull(cible, "cible");
    }
}
