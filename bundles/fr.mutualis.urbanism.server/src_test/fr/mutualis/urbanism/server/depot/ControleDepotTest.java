package fr.mutualis.urbanism.server.depot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.urbanism.api.CanalDepot;
import fr.mutualis.urbanism.api.DepotDossier;
import fr.mutualis.urbanism.api.NatureSuffixe;
import fr.mutualis.urbanism.api.Parcelle;
import fr.mutualis.urbanism.api.Petitionnaire;
import fr.mutualis.urbanism.api.TypeDossier;

class ControleDepotTest {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 3, 10);
    private static final Petitionnaire DURAND = new Petitionnaire("Durand", "Marie", "1 place de l'Église, Brizon",
            "");

    private static DepotDossier pcmi() {
        return DepotDossier.initial(TypeDossier.PCMI, LocalDate.of(2026, 3, 2), CanalDepot.PAPIER, "13406*07",
                DURAND, "Chemin des Prés", List.of(new Parcelle("AB", 12)), "Maison individuelle de 110 m²");
    }

    @Test
    void aCompleteApplicationPasses() {
        assertEquals(List.of(), ControleDepot.erreurs(pcmi(), AUJOURDHUI));
        DepotDossier modificatif = new DepotDossier(TypeDossier.PCMI, LocalDate.of(2026, 3, 2), CanalDepot.PAPIER,
                "13411*03", DURAND, "Chemin des Prés", List.of(new Parcelle("AB", 12)), "Garage accolé", null,
                NatureSuffixe.MODIFICATIF, "PC 074 049 26 00001");
        assertEquals(List.of(), ControleDepot.erreurs(modificatif, AUJOURDHUI));
    }

    @Test
    void everyProblemIsListedAtOnce() {
        DepotDossier vide = new DepotDossier(null, null, null, null, null, null, null, null, null, null, null);
        assertEquals(List.of(
                "Type de dossier manquant. Types possibles : DP, PCMI, PC, PA, PD, CUa, CUb.",
                "Date de dépôt manquante.",
                "Mode de dépôt manquant : papier ou voie électronique.",
                "Numéro du formulaire Cerfa manquant (ex. 13406*07 pour un permis de construire une maison "
                        + "individuelle).",
                "Demandeur manquant : nom et adresse du pétitionnaire.",
                "Adresse du terrain manquante.",
                "Au moins une parcelle cadastrale est obligatoire (section et numéro, ex. AB 123).",
                "Description du projet manquante."), ControleDepot.erreurs(vide, AUJOURDHUI));
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> ControleDepot.verifier(vide, AUJOURDHUI));
        assertEquals(8, e.erreurs().size());
    }

    @Test
    void aFilingDateInTheFutureIsRefused() {
        DepotDossier futur = DepotDossier.initial(TypeDossier.DP, AUJOURDHUI.plusDays(1), CanalDepot.PAPIER,
                "13703", DURAND, "Chemin des Prés", List.of(new Parcelle("AB", 12)), "Clôture");
        assertEquals(List.of("La date de dépôt (11/03/2026) est postérieure à aujourd'hui (10/03/2026) : une date "
                + "future n'est pas acceptée."), ControleDepot.erreurs(futur, AUJOURDHUI));
    }

    @Test
    void theCerfaFormMustMatchTheType() {
        DepotDossier pc = DepotDossier.initial(TypeDossier.PC, AUJOURDHUI, CanalDepot.PAPIER, "13406*07", DURAND,
                "Chemin des Prés", List.of(new Parcelle("AB", 12)), "Hangar");
        assertEquals(List.of("Le formulaire Cerfa n° 13406 ne correspond pas à un dossier PC (Permis de construire). "
                + "Formulaire(s) attendu(s) : 13409."), ControleDepot.erreurs(pc, AUJOURDHUI));
        assertEquals(List.of("Le formulaire Cerfa n° 13406 ne correspond pas à une demande de permis modificatif. "
                + "Formulaire(s) attendu(s) : 13411."), ControleDepot.erreurs(pcmi().rattacheA(
                        NatureSuffixe.MODIFICATIF, "PC 074 049 26 00001"), AUJOURDHUI));
        DepotDossier illisible = DepotDossier.initial(TypeDossier.DP, AUJOURDHUI, CanalDepot.PAPIER, "DP-1", DURAND,
                "Chemin des Prés", List.of(new Parcelle("AB", 12)), "Clôture");
        assertEquals(List.of("Numéro de formulaire Cerfa invalide : « DP-1 ». Attendu : 5 chiffres, suivis ou non de "
                + "la version (ex. 13406*07)."), ControleDepot.erreurs(illisible, AUJOURDHUI));
    }

    @Test
    void anElectronicFilingNeedsAnEmailAddress() {
        DepotDossier sve = DepotDossier.initial(TypeDossier.DP, AUJOURDHUI, CanalDepot.ELECTRONIQUE, "13703*08",
                DURAND, "Chemin des Prés", List.of(new Parcelle("AB", 12)), "Clôture");
        assertEquals(List.of("Adresse électronique du demandeur manquante : elle est obligatoire pour une demande "
                + "déposée par voie électronique."), ControleDepot.erreurs(sve, AUJOURDHUI));
        DepotDossier invalide = DepotDossier.initial(TypeDossier.DP, AUJOURDHUI, CanalDepot.PAPIER, "13703",
                new Petitionnaire("Durand", "", "Brizon", "marie.durand"), "Chemin des Prés",
                List.of(new Parcelle("AB", 12)), "Clôture");
        assertEquals(List.of("Adresse électronique du demandeur invalide : « marie.durand »."),
                ControleDepot.erreurs(invalide, AUJOURDHUI));
    }

    @Test
    void parcelsAreNotRepeatedAndTextsHaveLimits() {
        DepotDossier doublon = DepotDossier.initial(TypeDossier.DP, AUJOURDHUI, CanalDepot.PAPIER, "13703",
                DURAND, "x".repeat(301), List.of(new Parcelle("AB", 12), new Parcelle("ab", 12)), "Clôture");
        assertEquals(List.of("Adresse du terrain : 300 caractères au plus (301 saisis).",
                "La parcelle AB 12 est indiquée deux fois."), ControleDepot.erreurs(doublon, AUJOURDHUI));
    }

    @Test
    void aCertificateOfInformationNeedsNoDescription() {
        DepotDossier cua = DepotDossier.initial(TypeDossier.CUa, AUJOURDHUI, CanalDepot.PAPIER, "13410*06", DURAND,
                "Chemin des Prés", List.of(new Parcelle("AB", 12)), "");
        assertEquals(List.of(), ControleDepot.erreurs(cua, AUJOURDHUI));
    }

    @Test
    void aModificationNamesAnOriginalPermit() {
        DepotDossier sansNumero = new DepotDossier(TypeDossier.PCMI, AUJOURDHUI, CanalDepot.PAPIER, "13411",
                DURAND, "Chemin des Prés", List.of(new Parcelle("AB", 12)), "Garage", null,
                NatureSuffixe.MODIFICATIF, null);
        assertEquals(List.of("Pour un permis modificatif ou un transfert, indiquez à la fois la nature de la demande "
                + "et le numéro du permis initial."), ControleDepot.erreurs(sansNumero, AUJOURDHUI));
        DepotDossier dp = pcmi().rattacheA(NatureSuffixe.MODIFICATIF, "DP 074 049 26 00003");
        assertEquals(List.of("Le formulaire Cerfa n° 13406 ne correspond pas à une demande de permis modificatif. "
                + "Formulaire(s) attendu(s) : 13411.", "Un suffixe M01 ne s'applique qu'à un permis (PC, PA, PD) : "
                        + "A423-4."), ControleDepot.erreurs(dp, AUJOURDHUI));
        DepotDossier dejaModificatif = new DepotDossier(TypeDossier.PCMI, AUJOURDHUI, CanalDepot.PAPIER, "13411",
                DURAND, "Chemin des Prés", List.of(new Parcelle("AB", 12)), "Garage", null,
                NatureSuffixe.MODIFICATIF, "PC 074 049 26 00001M01");
        assertEquals(List.of("Le numéro PC 074 049 26 00001M01 est déjà celui d'un permis modificatif : indiquez le "
                + "numéro du permis initial PC 074 049 26 00001."), ControleDepot.erreurs(dejaModificatif,
                        AUJOURDHUI));
    }
}
