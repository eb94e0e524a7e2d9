package fr.mutualis.payroll.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import fr.mutualis.core.api.Decimaux;

/**
 * What a payroll officer enters for an agent of one collectivity (the employer). An agent who works for two
 * collectivities has one record in each, linked by the NIR.
 *
 * @param matricule                agent number in the collectivity, 1 to 20 letters, digits or dashes
 * @param nom                      family name
 * @param prenom                   first name
 * @param nir                      NIR, 15 characters (see {@link Nir}); stored encrypted, shown masked to users
 *                                 without the payroll role
 * @param statut                   titulaire, stagiaire or contractuel
 * @param heuresHebdomadairesPoste weekly hours of the post (35 for a full-time post)
 * @param quotite                  working-time share in (0, 1], at most 4 decimals (0.8 for 80 %)
 * @param codeGrade                grid code of the grade (e.g. C2), or null when the grade has no grid here
 * @param echelon                  échelon in that grid, 0 when no grade is given
 * @param indiceMajore             indice majoré, checked against the grade's grid
 * @param pointsNbi                NBI points (fonctionnaires only), 0 when none
 * @param zoneResidence            zone of the indemnité de résidence
 * @param nombreEnfants            children giving right to the supplément familial de traitement
 * @param elementsIndemnitaires    régime indemnitaire lines (IFSE, CIA, other primes), monthly amounts
 * @param categorieTpp             transfert primes/points category, AUCUNE when not subject to it
 * @param tauxPasPersonnel         personal prélèvement à la source rate in percent, or null for the taux neutre
 * @param dateEntree               first day in the collectivity
 * @param compteBancaire           account the net pay is transferred to (IBAN and BIC, checked), or null while
 *                                 unknown (the month cannot then be validated for that agent); stored encrypted like
 *                                 the NIR, masked for users without the payroll role
 * @param dateNaissance            date of birth (DSN S21.G00.30.006), consistent with the NIR's year and month of
 *                                 birth; null while unknown (the month's DSN then lacks that mandatory rubric)
 * @param pcsEse                   the job's code in the PCS-ESE 2017 nomenclature of the Insee (DSN S21.G00.40.004),
 *                                 3 digits and a letter, e.g. 523c adjoints administratifs des collectivités locales;
 *                                 checked against the official list by the server; null while unknown
 */
public record AgentSaisie(String matricule, String nom, String prenom, String nir, Statut statut,
        BigDecimal heuresHebdomadairesPoste, BigDecimal quotite, String codeGrade, int echelon, int indiceMajore,
        int pointsNbi, ZoneResidence zoneResidence, int nombreEnfants, List<ElementIndemnitaire> elementsIndemnitaires,
        CategorieTpp categorieTpp, BigDecimal tauxPasPersonnel, LocalDate dateEntree, CompteBancaire compteBancaire,
        LocalDate dateNaissance, String pcsEse) implements Serializable {

    private static final Pattern MATRICULE = Pattern.compile("[A-Za-z0-9-]{1,20}");
    private static final int LONGUEUR_NOM = 100;
    private static final Pattern PCS_ESE = Pattern.compile("\\d{3}[a-z]");

    public AgentSaisie {
        elementsIndemnitaires = elementsIndemnitaires == null ? List.of() : List.copyOf(elementsIndemnitaires);
        codeGrade = codeGrade == null || codeGrade.isBlank() ? null : codeGrade.strip().toUpperCase();
        pcsEse = pcsEse == null || pcsEse.isBlank() ? null : pcsEse.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** An entry without date of birth nor PCS-ESE (API 1.1 before the DSN needed them). */
    public AgentSaisie(String matricule, String nom, String prenom, String nir, Statut statut,
            BigDecimal heuresHebdomadairesPoste, BigDecimal quotite, String codeGrade, int echelon, int indiceMajore,
            int pointsNbi, ZoneResidence zoneResidence, int nombreEnfants,
            List<ElementIndemnitaire> elementsIndemnitaires, CategorieTpp categorieTpp, BigDecimal tauxPasPersonnel,
            LocalDate dateEntree, CompteBancaire compteBancaire) {
        this(matricule, nom, prenom, nir, statut, heuresHebdomadairesPoste, quotite, codeGrade, echelon, indiceMajore,
                pointsNbi, zoneResidence, nombreEnfants, elementsIndemnitaires, categorieTpp, tauxPasPersonnel,
                dateEntree, compteBancaire, null, null);
    }

    /** An entry without bank account (API 1.0). */
    public AgentSaisie(String matricule, String nom, String prenom, String nir, Statut statut,
            BigDecimal heuresHebdomadairesPoste, BigDecimal quotite, String codeGrade, int echelon, int indiceMajore,
            int pointsNbi, ZoneResidence zoneResidence, int nombreEnfants,
            List<ElementIndemnitaire> elementsIndemnitaires, CategorieTpp categorieTpp, BigDecimal tauxPasPersonnel,
            LocalDate dateEntree) {
        this(matricule, nom, prenom, nir, statut, heuresHebdomadairesPoste, quotite, codeGrade, echelon, indiceMajore,
                pointsNbi, zoneResidence, nombreEnfants, elementsIndemnitaires, categorieTpp, tauxPasPersonnel,
                dateEntree, null, null, null);
    }

    /** Every problem found without server data (the server adds the grade grid and uniqueness checks), in French. */
    public List<String> erreurs() {
        List<String> erreurs = new ArrayList<>();
        if (matricule == null || !MATRICULE.matcher(matricule).matches()) {
            erreurs.add("Matricule invalide : 1 à 20 lettres, chiffres ou tirets.");
        }
        texte(erreurs, nom, "Nom");
        texte(erreurs, prenom, "Prénom");
        String probleme = Nir.probleme(Nir.normaliser(nir));
        if (probleme != null) {
            erreurs.add(probleme);
        }
        if (statut == null) {
            erreurs.add("Statut manquant : titulaire, stagiaire ou contractuel.");
        }
        if (Decimaux.horsLimites(heuresHebdomadairesPoste) || Decimaux.horsLimites(quotite)
                || Decimaux.horsLimites(tauxPasPersonnel)) {
            erreurs.add(Decimaux.message("La durée, la quotité ou le taux"));
            return erreurs;
        }
        if (heuresHebdomadairesPoste == null || heuresHebdomadairesPoste.signum() <= 0
                || heuresHebdomadairesPoste.stripTrailingZeros().scale() > 2) {
            erreurs.add("Durée hebdomadaire du poste invalide : un nombre d'heures strictement positif "
                    + "(deux décimales au plus) est attendu.");
        }
        if (quotite == null || quotite.signum() <= 0 || quotite.compareTo(BigDecimal.ONE) > 0
                || quotite.stripTrailingZeros().scale() > 4) {
            erreurs.add("Quotité de travail invalide : " + (quotite == null ? "vide" : quotite.toPlainString())
                    + ". Attendu : un nombre dans ]0 ; 1], par exemple 0.8 pour un temps partiel à 80 %.");
        }
        if (codeGrade != null && echelon < 1) {
            erreurs.add("Échelon manquant pour le grade " + codeGrade + ".");
        }
        if (codeGrade == null && echelon != 0) {
            erreurs.add("Un échelon suppose un grade : indiquez le code de grille du grade (par exemple C2).");
        }
        if (indiceMajore <= 0) {
            erreurs.add("Indice majoré invalide : " + indiceMajore + ". Attendu : un indice strictement positif.");
        }
        if (pointsNbi < 0) {
            erreurs.add("Nombre de points de NBI négatif : " + pointsNbi + ".");
        } else if (pointsNbi > 0 && statut == Statut.CONTRACTUEL) {
            erreurs.add("La NBI est réservée aux fonctionnaires : un agent contractuel ne peut pas en bénéficier.");
        }
        if (zoneResidence == null) {
            erreurs.add("Zone d'indemnité de résidence manquante.");
        }
        if (nombreEnfants < 0) {
            erreurs.add("Nombre d'enfants négatif : " + nombreEnfants + ".");
        }
        if (categorieTpp == null) {
            erreurs.add("Catégorie du transfert primes/points manquante (AUCUNE si l'agent n'y est pas soumis).");
        }
        if (tauxPasPersonnel != null && (tauxPasPersonnel.signum() < 0
                || tauxPasPersonnel.compareTo(BigDecimal.valueOf(100)) > 0)) {
            erreurs.add("Taux personnalisé de prélèvement à la source hors de [0 ; 100] % : "
                    + tauxPasPersonnel.toPlainString() + ".");
        }
        if (dateEntree == null) {
            erreurs.add("Date d'entrée dans la collectivité manquante.");
        }
        if (compteBancaire != null) {
            erreurs.addAll(compteBancaire.erreurs());
        }
        String naissance = Nir.naissanceIncoherente(Nir.normaliser(nir), dateNaissance);
        if (naissance != null) {
            erreurs.add(naissance);
        }
        if (dateNaissance != null && dateEntree != null && !dateNaissance.isBefore(dateEntree)) {
            erreurs.add("Date de naissance postérieure à la date d'entrée dans la collectivité.");
        }
        if (pcsEse != null && !PCS_ESE.matcher(pcsEse).matches()) {
            erreurs.add("Code PCS-ESE invalide : « " + pcsEse + " ». Attendu : trois chiffres et une lettre de la "
                    + "nomenclature PCS-ESE 2017 de l'Insee, par exemple 523c (adjoints administratifs des "
                    + "collectivités locales).");
        }
        return erreurs;
    }

    /** The same entry with the NIR replaced (normalised for storage, or masked for display). */
    public AgentSaisie avecNir(String autreNir) {
        return new AgentSaisie(matricule, nom, prenom, autreNir, statut, heuresHebdomadairesPoste, quotite, codeGrade,
                echelon, indiceMajore, pointsNbi, zoneResidence, nombreEnfants, elementsIndemnitaires, categorieTpp,
                tauxPasPersonnel, dateEntree, compteBancaire, dateNaissance, pcsEse);
    }

    /** The same entry with another bank account (normalised for storage, masked for display, or null). */
    public AgentSaisie avecCompteBancaire(CompteBancaire autre) {
        return new AgentSaisie(matricule, nom, prenom, nir, statut, heuresHebdomadairesPoste, quotite, codeGrade,
                echelon, indiceMajore, pointsNbi, zoneResidence, nombreEnfants, elementsIndemnitaires, categorieTpp,
                tauxPasPersonnel, dateEntree, autre, dateNaissance, pcsEse);
    }

    private static void texte(List<String> erreurs, String valeur, String champ) {
        if (valeur == null || valeur.isBlank()) {
            erreurs.add(champ + " manquant.");
        } else if (valeur.length() > LONGUEUR_NOM) {
            erreurs.add(champ + " trop long (" + LONGUEUR_NOM + " caractères au plus).");
        }
    }
}
