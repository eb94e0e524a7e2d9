package fr.mutualis.payroll.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class AgentSaisieTest {

    static AgentSaisie saisie(String nir, Statut statut, String quotite, String grade, int echelon, int indice,
            int nbi) {
        return new AgentSaisie("A0001", "DUPONT", "Marie", nir, statut, new BigDecimal("35"),
                quotite == null ? null : new BigDecimal(quotite), grade, echelon, indice, nbi, ZoneResidence.ZONE_3,
                2, List.of(new ElementIndemnitaire(NatureElement.IFSE, "IFSE", new BigDecimal("250"))),
                CategorieTpp.C, null, LocalDate.of(2020, 1, 1));
    }

    @Test
    void aCompleteEntryHasNoProblem() {
        AgentSaisie saisie = saisie("269054958815780", Statut.TITULAIRE, "0.8", "c2", 5, 380, 15);
        assertEquals(List.of(), saisie.erreurs());
        assertEquals("C2", saisie.codeGrade(), "grade codes are stored in capitals");
    }

    /** NIR 2 69 05 …: a woman born in May 1969. */
    private static AgentSaisie naissance(LocalDate date, String pcs) {
        AgentSaisie a = saisie("269054958815780", Statut.TITULAIRE, "1", "C2", 5, 380, 0);
        return new AgentSaisie(a.matricule(), a.nom(), a.prenom(), a.nir(), a.statut(), a.heuresHebdomadairesPoste(),
                a.quotite(), a.codeGrade(), a.echelon(), a.indiceMajore(), a.pointsNbi(), a.zoneResidence(),
                a.nombreEnfants(), a.elementsIndemnitaires(), a.categorieTpp(), null, a.dateEntree(), null, date, pcs);
    }

    @Test
    void theDateOfBirthFollowsTheNirsYearAndMonthAndThePcsEseItsShape() {
        assertEquals(List.of(), naissance(LocalDate.of(1969, 5, 31), "523C").erreurs());
        assertEquals("523c", naissance(null, " 523C ").pcsEse(), "the Insee's codes end with a lower-case letter");
        assertEquals(List.of(), naissance(null, null).erreurs(), "both may be unknown (API 1.0 entries)");
        assertEquals(List.of("Date de naissance incohérente avec le NIR : l'année 1970 ne correspond pas aux 2e et 3e "
                + "chiffres du NIR (année de naissance)."), naissance(LocalDate.of(1970, 5, 1), null).erreurs());
        assertEquals(List.of("Date de naissance incohérente avec le NIR : le mois 6 ne correspond pas aux 4e et 5e "
                + "chiffres du NIR (mois de naissance)."), naissance(LocalDate.of(1969, 6, 1), null).erreurs());
        assertEquals(List.of("Code PCS-ESE invalide : « 52c ». Attendu : trois chiffres et une lettre de la "
                + "nomenclature PCS-ESE 2017 de l'Insee, par exemple 523c (adjoints administratifs des collectivités "
                + "locales)."), naissance(LocalDate.of(1969, 5, 1), "52c").erreurs());
        // a month of birth unknown to the civil registry (20 to 42, 50 to 99) is not compared
        String inconnu = Nir.avecCle("1693074049001");
        AgentSaisie a = naissance(LocalDate.of(1969, 1, 1), null).avecNir(inconnu);
        assertEquals(List.of(), a.erreurs());
    }

    @Test
    void listsEveryProblemAtOnce() {
        AgentSaisie saisie = new AgentSaisie("A 1", " ", null, "26905495881578", null, BigDecimal.ZERO,
                new BigDecimal("1.2"), null, 3, 0, 10, null, -1, null, null, new BigDecimal("101"), null);
        assertEquals(List.of("Matricule invalide : 1 à 20 lettres, chiffres ou tirets.",
                "Nom manquant.",
                "Prénom manquant.",
                "NIR invalide : 15 caractères attendus (13 pour le numéro, 2 pour la clé), 14 saisi(s).",
                "Statut manquant : titulaire, stagiaire ou contractuel.",
                "Durée hebdomadaire du poste invalide : un nombre d'heures strictement positif (deux décimales au "
                        + "plus) est attendu.",
                "Quotité de travail invalide : 1.2. Attendu : un nombre dans ]0 ; 1], par exemple 0.8 pour un temps "
                        + "partiel à 80 %.",
                "Un échelon suppose un grade : indiquez le code de grille du grade (par exemple C2).",
                "Indice majoré invalide : 0. Attendu : un indice strictement positif.",
                "Zone d'indemnité de résidence manquante.",
                "Nombre d'enfants négatif : -1.",
                "Catégorie du transfert primes/points manquante (AUCUNE si l'agent n'y est pas soumis).",
                "Taux personnalisé de prélèvement à la source hors de [0 ; 100] % : 101.",
                "Date d'entrée dans la collectivité manquante."), saisie.erreurs());
    }

    @Test
    void quotiteMustBeInZeroOneWithFourDecimalsAtMost() {
        assertEquals(1, saisie("269054958815780", Statut.TITULAIRE, "0", null, 0, 380, 0).erreurs().size());
        assertEquals(1, saisie("269054958815780", Statut.TITULAIRE, "0.85714", null, 0, 380, 0).erreurs().size());
        assertEquals(List.of(), saisie("269054958815780", Statut.TITULAIRE, "1", null, 0, 380, 0).erreurs());
    }

    @Test
    void nbiIsForFonctionnairesOnlyAndAGradeNeedsAnEchelon() {
        assertEquals(List.of("Échelon manquant pour le grade C2.",
                "La NBI est réservée aux fonctionnaires : un agent contractuel ne peut pas en bénéficier."),
                saisie("269054958815780", Statut.CONTRACTUEL, "1", "C2", 0, 380, 10).erreurs());
    }

    @Test
    void aBankAccountIsCheckedWithTheEntryAndKeptByAvecNir() {
        AgentSaisie saisie = saisie("269054958815780", Statut.TITULAIRE, "1", null, 0, 380, 0)
                .avecCompteBancaire(new CompteBancaire("FR7630004000031234567890144", "BNPAFRPP"));
        assertEquals(List.of("IBAN invalide : la clé de contrôle (3e et 4e caractères) ne correspond pas au numéro. "
                + "Vérifiez la saisie sur le relevé d'identité bancaire."), saisie.erreurs());
        CompteBancaire bon = new CompteBancaire("FR7630004000031234567890143", "BNPAFRPP");
        assertEquals(bon, saisie.avecCompteBancaire(bon).avecNir("269054958815780").compteBancaire());
        assertEquals(null, saisie("269054958815780", Statut.TITULAIRE, "1", null, 0, 380, 0).compteBancaire(),
                "the API 1.0 constructor leaves the account unknown");
    }
}
