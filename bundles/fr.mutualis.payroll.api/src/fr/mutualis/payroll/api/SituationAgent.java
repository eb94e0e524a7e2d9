package fr.mutualis.payroll.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.mutualis.core.api.Decimaux;
import fr.mutualis.core.api.DonneeInvalideException;

/**
 * Snapshot of what the payroll needs to know about one agent for one month (full month, no absence).
 *
 * @param statut                    titulaire, stagiaire or contractuel
 * @param heuresHebdomadairesPoste  weekly hours of the post (35 for a full-time post, e.g. 20 for a temps non complet)
 * @param quotite                   working-time share on that post, in (0, 1], e.g. 0.8 for 80 % part time
 * @param indiceMajore              indice majoré (IM) of the agent, strictly positive
 * @param pointsNbi                 nouvelle bonification indiciaire points, 0 when none (fonctionnaires only)
 * @param zoneResidence             zone of the indemnité de résidence
 * @param nombreEnfants             children giving right to the supplément familial de traitement
 * @param elementsIndemnitaires     régime indemnitaire lines of the month (IFSE, CIA, other primes)
 * @param categorieTpp              category of the transfert primes/points deduction, AUCUNE when none
 * @param tauxPasPersonnel          personal prélèvement à la source rate in percent (e.g. 7.5), or null to apply the
 *                                  taux neutre grid
 * @param effectifEmployeur         headcount of the employer (decides the FNAL variant)
 * @param dateEntree                first day of the agent in the collectivity
 * @param codeGrade                 grid code of the agent's grade (e.g. "C1") to check the IM against, or null
 */
public record SituationAgent(Statut statut, BigDecimal heuresHebdomadairesPoste, BigDecimal quotite, int indiceMajore,
        int pointsNbi, ZoneResidence zoneResidence, int nombreEnfants, List<ElementIndemnitaire> elementsIndemnitaires,
        CategorieTpp categorieTpp, BigDecimal tauxPasPersonnel, int effectifEmployeur, LocalDate dateEntree,
        String codeGrade) implements Serializable {

    public SituationAgent {
        exiger(statut, "Statut de l'agent manquant (titulaire, stagiaire ou contractuel).");
        exiger(zoneResidence, "Zone d'indemnité de résidence manquante.");
        exiger(categorieTpp, "Catégorie du transfert primes/points manquante (AUCUNE si l'agent n'y est pas soumis).");
        exiger(dateEntree, "Date d'entrée de l'agent manquante.");
        exiger(elementsIndemnitaires, "Liste des éléments indemnitaires manquante (vide si aucun).");
        if (Decimaux.horsLimites(quotite) || Decimaux.horsLimites(heuresHebdomadairesPoste)) {
            throw new DonneeInvalideException(Decimaux.message("La quotité ou la durée hebdomadaire"));
        }
        if (quotite == null || quotite.signum() <= 0 || quotite.compareTo(BigDecimal.ONE) > 0) {
            throw new DonneeInvalideException("Quotité de travail invalide : " + quotite
                    + ". Attendu : un nombre dans ]0 ; 1], par exemple 0.8 pour un temps partiel à 80 %.");
        }
        if (heuresHebdomadairesPoste == null || heuresHebdomadairesPoste.signum() <= 0) {
            throw new DonneeInvalideException("Durée hebdomadaire du poste invalide : " + heuresHebdomadairesPoste
                    + " h. Attendu : un nombre d'heures strictement positif.");
        }
        if (indiceMajore <= 0) {
            throw new DonneeInvalideException("Indice majoré invalide : " + indiceMajore
                    + ". Attendu : un indice strictement positif.");
        }
        if (pointsNbi < 0) {
            throw new DonneeInvalideException("Nombre de points de NBI négatif : " + pointsNbi + ".");
        }
        if (pointsNbi > 0 && !statut.estFonctionnaire()) {
            throw new DonneeInvalideException("La NBI est réservée aux fonctionnaires : un agent " + statut.libelle()
                    + " ne peut pas avoir " + pointsNbi + " points de NBI.");
        }
        if (nombreEnfants < 0) {
            throw new DonneeInvalideException("Nombre d'enfants négatif : " + nombreEnfants + ".");
        }
        if (effectifEmployeur < 0) {
            throw new DonneeInvalideException("Effectif de l'employeur négatif : " + effectifEmployeur + ".");
        }
        Montants.tauxOptionnel("le taux personnalisé de prélèvement à la source", tauxPasPersonnel);
        if (codeGrade != null && codeGrade.isBlank()) {
            throw new DonneeInvalideException("Code de grade vide : indiquez un code (par exemple C1) ou aucun.");
        }
        elementsIndemnitaires = List.copyOf(elementsIndemnitaires);
    }

    private static void exiger(Object valeur, String message) {
        if (valeur == null) {
            throw new DonneeInvalideException(message);
        }
    }
}
