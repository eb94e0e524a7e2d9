package fr.mutualis.budget.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Mandats to issue together through {@link EmissionMandats}, e.g. the payroll of a month.
 *
 * @param exercice the exercice the mandats belong to
 * @param budget   Hélios code of the budget ({@code CodBud}), or null for the budget principal
 * @param date     date of the mandats (during the journée complémentaire: 31 December of the exercice)
 * @param objet    object of the lot, used for the mandats that have none, e.g. "PAIE NOVEMBRE 2026"
 * @param mandats  the mandats, at least one
 */
public record LotMandats(int exercice, String budget, LocalDate date, String objet, List<MandatDuLot> mandats)
        implements Serializable {

    private static final Pattern COD_BUD = Pattern.compile("[0-9A-Z]{1,10}");

    public LotMandats {
        Erreurs e = new Erreurs("Lot de mandats");
        e.exercice(exercice);
        e.codeFacultatif(budget, "Budget (CodBud)", COD_BUD, "1 à 10 lettres majuscules ou chiffres");
        e.nonNul(date, "Date");
        e.texte(objet, "Objet");
        mandats = e.liste(mandats, "Mandats");
        if (mandats != null) {
            e.exiger(!mandats.isEmpty(), "un lot porte au moins un mandat.");
        }
        e.lever();
    }
}
