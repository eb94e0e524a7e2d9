package fr.mutualis.urbanism.ui.depot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.mutualis.urbanism.api.CanalDepot;
import fr.mutualis.urbanism.api.DepotDossier;
import fr.mutualis.urbanism.api.Parcelle;
import fr.mutualis.urbanism.api.TypeDossier;
import fr.mutualis.urbanism.ui.depot.SaisieDepot.Champ;

/** The filing form's checks, as the user types, without a display. */
class SaisieDepotTest {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 3, 16);

    private static SaisieDepot valide() {
        SaisieDepot saisie = new SaisieDepot();
        saisie.type(TypeDossier.PCMI);
        saisie.canal(CanalDepot.PAPIER);
        saisie.saisir(Champ.DATE, "16/03/2026");
        saisie.saisir(Champ.CERFA, "13406*07");
        saisie.saisir(Champ.NOM, "Durand");
        saisie.saisir(Champ.PRENOM, "Marie");
        saisie.saisir(Champ.ADRESSE_DEMANDEUR, "1 place de l'Église, 74130 Brizon");
        saisie.saisir(Champ.TERRAIN, "Chemin des Prés, Brizon");
        saisie.saisir(Champ.PARCELLES, "AB 123, ab124 ; 0C 7");
        saisie.saisir(Champ.DESCRIPTION, "Maison individuelle de 110 m²");
        return saisie;
    }

    @Test
    void aCompleteFormGivesTheApplication() {
        SaisieDepot saisie = valide();

        assertEquals(Map.of(), saisie.erreurs(AUJOURDHUI));
        assertTrue(saisie.choixFaits());
        DepotDossier depot = saisie.depot();
        assertEquals(TypeDossier.PCMI, depot.type());
        assertEquals(AUJOURDHUI, depot.dateDepot());
        assertEquals(List.of(new Parcelle("AB", 123), new Parcelle("AB", 124), new Parcelle("0C", 7)),
                depot.parcelles());
        assertEquals("Marie Durand", depot.petitionnaire().designation());
    }

    @Test
    void aBadParcelIsExplained() {
        SaisieDepot saisie = valide();
        saisie.saisir(Champ.PARCELLES, "AB 123, AB 12X");

        assertEquals(Map.of(Champ.PARCELLES, "Parcelle « AB 12X » illisible : indiquez la section puis le numéro, "
                + "ex. AB 123 ; séparez les parcelles par des virgules."), saisie.erreurs(AUJOURDHUI));
    }

    @Test
    void parcelsAreCheckedAsTheServerChecksThem() {
        SaisieDepot saisie = valide();
        saisie.saisir(Champ.PARCELLES, "AB 0");
        assertEquals("Numéro de parcelle invalide dans la section AB : 0. Attendu : de 1 à 9999.",
                saisie.erreurs(AUJOURDHUI).get(Champ.PARCELLES));
        saisie.saisir(Champ.PARCELLES, "AB 12, ab 12");
        assertEquals("La parcelle AB 12 est indiquée deux fois.", saisie.erreurs(AUJOURDHUI).get(Champ.PARCELLES));
        saisie.saisir(Champ.PARCELLES, " , ");
        assertEquals("Au moins une parcelle cadastrale est obligatoire (section et numéro, ex. AB 123).",
                saisie.erreurs(AUJOURDHUI).get(Champ.PARCELLES));
    }

    @Test
    void everyMissingFieldHasItsMessageInTheOrderOfTheForm() {
        SaisieDepot saisie = new SaisieDepot();
        saisie.type(TypeDossier.DP);
        saisie.canal(CanalDepot.ELECTRONIQUE);

        Map<Champ, String> erreurs = saisie.erreurs(AUJOURDHUI);

        assertEquals(List.of(Champ.DATE, Champ.CERFA, Champ.NOM, Champ.ADRESSE_DEMANDEUR, Champ.COURRIEL,
                Champ.TERRAIN, Champ.PARCELLES, Champ.DESCRIPTION), List.copyOf(erreurs.keySet()));
        assertEquals("Date de dépôt manquante.", erreurs.get(Champ.DATE));
        assertEquals("Adresse électronique du demandeur manquante : elle est obligatoire pour une demande déposée "
                + "par voie électronique.", erreurs.get(Champ.COURRIEL));
    }

    @Test
    void theDateMustBeReadableAndNotInTheFuture() {
        SaisieDepot saisie = valide();
        saisie.saisir(Champ.DATE, "31/02/2026");
        String erreur = saisie.erreurs(AUJOURDHUI).get(Champ.DATE);
        assertTrue(erreur.startsWith("Date de dépôt invalide : « 31/02/2026 ». Attendu : jj/mm/aaaa, ex. "), erreur);
        saisie.saisir(Champ.DATE, "17/03/2026");
        assertEquals("La date de dépôt (17/03/2026) est postérieure à aujourd'hui : une date future n'est pas "
                + "acceptée.", saisie.erreurs(AUJOURDHUI).get(Champ.DATE));
        saisie.saisir(Champ.DATE, "1/3/2026");
        assertFalse(saisie.erreurs(AUJOURDHUI).containsKey(Champ.DATE));
    }

    @Test
    void theCerfaMustMatchTheType() {
        SaisieDepot saisie = valide();
        saisie.type(TypeDossier.DP);
        assertEquals("Le formulaire Cerfa n° 13406 ne correspond pas à un dossier DP. Formulaire(s) attendu(s) : "
                + "13703, 13404, 13702.", saisie.erreurs(AUJOURDHUI).get(Champ.CERFA));
        saisie.saisir(Champ.CERFA, "1340");
        assertEquals("Numéro de formulaire Cerfa invalide : « 1340 ». Attendu : 5 chiffres, suivis ou non de la "
                + "version (ex. 13406*07).", saisie.erreurs(AUJOURDHUI).get(Champ.CERFA));
    }

    @Test
    void aCertificateOfInformationNeedsNoDescription() {
        SaisieDepot saisie = valide();
        saisie.type(TypeDossier.CUa);
        saisie.saisir(Champ.CERFA, "13410");
        saisie.saisir(Champ.DESCRIPTION, "");

        assertEquals(Map.of(), saisie.erreurs(AUJOURDHUI));
    }

    @Test
    void aBadEmailIsRefusedEvenOnPaper() {
        SaisieDepot saisie = valide();
        saisie.saisir(Champ.COURRIEL, "marie.durand@");

        assertEquals("Adresse électronique du demandeur invalide : « marie.durand@ ».",
                saisie.erreurs(AUJOURDHUI).get(Champ.COURRIEL));
    }
}
