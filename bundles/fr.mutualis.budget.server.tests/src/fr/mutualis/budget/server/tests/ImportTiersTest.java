package fr.mutualis.budget.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.mutualis.budget.api.FicheTiers;
import fr.mutualis.budget.api.TiersService;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.Role;

/**
 * Tiers imported from a CSV file: the whole file or nothing, every refused line reported with its number, a quoted
 * {@code ;} kept in its field, the IBAN encrypted as for a tiers entered by hand.
 */
class ImportTiersTest {

    private static final String ENTETE = String.join(";", TiersService.COLONNES_IMPORT) + "\n";
    private static final String PLOMBERIE = "\"PLOMBERIE DU LAC; CHAUFFAGE\";;41912686700011;F0101;60;03;;"
            + "12 RUE DES ALPES;;74200;THONON-LES-BAINS;FR76 3000 4000 0312 3456 7890 143;BNPAFRPP\n";
    private static final String DUPONT = "DUPONT;Marie;;P0007;01;01;;3 CHEMIN DU MOULIN;BP 4;74500;EVIAN-LES-BAINS;;\n";
    private static final String FORMULE = "=HYPERLIEN(\"x\");;80123456800013;;60;03;;1 PLACE DU MARCHE;;74000;ANNECY;;\n";

    private CollectiviteId commune;
    private Utilisateur secretaire;
    private Utilisateur ordonnateur;

    @BeforeEach
    void commune() {
        commune = Donnees.nouvelleCommune();
        secretaire = Donnees.utilisateur(commune, Role.SAISIE);
        ordonnateur = Donnees.utilisateur(commune, Role.ORDONNATEUR);
    }

    private TiersService service() {
        return secretaire.service(TiersService.class);
    }

    private long nombre() {
        return Donnees.compter("SELECT COUNT(*) FROM budget_tiers WHERE collectivite = ?", commune.code());
    }

    @Test
    void importsEveryLineWithQuotedSeparatorsAndEncryptedIban() {
        List<FicheTiers> ajoutes = service().importerTiers(commune, "\uFEFF" + ENTETE + PLOMBERIE + DUPONT + FORMULE);
        assertEquals(3, ajoutes.size());
        assertEquals("PLOMBERIE DU LAC; CHAUFFAGE", ajoutes.get(0).tiers().nom());
        assertEquals("DUPONT Marie", ajoutes.get(1).tiers().nomComplet());
        assertEquals("BP 4", ajoutes.get(1).tiers().adresse().complement());
        assertEquals("=HYPERLIEN(\"x\")", ajoutes.get(2).tiers().nom(), "a name is data; the guard acts on export");
        assertEquals(3, nombre());
        Object iban = Donnees.valeur("SELECT iban_chiffre FROM budget_tiers WHERE collectivite = ? AND identifiant = ?",
                commune.code(), "41912686700011");
        assertTrue(iban.toString().startsWith("v1:"), "IBAN encrypted at rest: " + iban);
        FicheTiers vu = ordonnateur.service(TiersService.class).tiers(commune).stream()
                .filter(f -> "41912686700011".equals(f.tiers().identifiant())).findFirst().orElseThrow();
        assertEquals("FR7630004000031234567890143", vu.tiers().iban());
        assertEquals("BNPAFRPP", vu.tiers().bic());
    }

    @Test
    void oneBadLineRefusesTheWholeFileAndListsEveryProblem() {
        String mauvaiseCle = PLOMBERIE.replace("41912686700011", "41912686700012");
        String mauvaisIban = DUPONT.replace(";;\n", ";FR7630004000031234567890144;\n");
        String colonnes = "SEULE;COLONNE\n";
        String codePostal = FORMULE.replace("74000", "7400");
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> service().importerTiers(commune,
                ENTETE + mauvaiseCle + mauvaisIban + colonnes + codePostal));
        String messages = String.join("\n", e.erreurs());
        assertTrue(e.erreurs().get(0).startsWith("Import refusé, aucun tiers n'a été ajouté : 4 problème(s)."),
                messages);
        assertTrue(messages.contains("Ligne 2 : ") && messages.contains("SIRET"), messages);
        assertTrue(messages.contains("Ligne 3 : ") && messages.contains("IBAN"), messages);
        assertTrue(messages.contains("Ligne 4 : 2 colonne(s) au lieu de 13"), messages);
        assertTrue(messages.contains("Ligne 5 : ") && messages.contains("Code postal"), messages);
        assertEquals(0, nombre(), "nothing written");
    }

    @Test
    void anIdentifierTwiceInTheFileOrAlreadyKnownIsRefused() {
        service().importerTiers(commune, ENTETE + PLOMBERIE);
        DonneeInvalideException deja = assertThrows(DonneeInvalideException.class,
                () -> service().importerTiers(commune, ENTETE + DUPONT + PLOMBERIE));
        assertTrue(String.join("\n", deja.erreurs()).contains("Ligne 3 : Le tiers PLOMBERIE DU LAC; CHAUFFAGE"),
                String.join("\n", deja.erreurs()));
        assertEquals(1, nombre(), "DUPONT of the refused file not written");

        CollectiviteId autre = Donnees.nouvelleCommune();
        Utilisateur saisie = Donnees.utilisateur(autre, Role.SAISIE);
        DonneeInvalideException double_ = assertThrows(DonneeInvalideException.class,
                () -> saisie.service(TiersService.class).importerTiers(autre, ENTETE + FORMULE + FORMULE));
        assertTrue(String.join("\n", double_.erreurs()).contains("Ligne 3 : "), String.join("\n", double_.erreurs()));
        assertEquals(0, Donnees.compter("SELECT COUNT(*) FROM budget_tiers WHERE collectivite = ?", autre.code()));
    }

    @Test
    void aWrongHeaderOrAnEmptyFileIsRefused() {
        DonneeInvalideException entete = assertThrows(DonneeInvalideException.class,
                () -> service().importerTiers(commune, "nom;siret\n" + PLOMBERIE));
        assertTrue(entete.getMessage().startsWith("Ligne 1 : l'en-tête doit être « nom;prenom;siret_ou_siren;"),
                entete.getMessage());
        assertEquals("Le fichier de tiers ne contient aucun tiers après la ligne d'en-tête.",
                assertThrows(DonneeInvalideException.class, () -> service().importerTiers(commune, ENTETE))
                        .getMessage());
        assertEquals("Le fichier de tiers est vide.",
                assertThrows(DonneeInvalideException.class, () -> service().importerTiers(commune, " ")).getMessage());
        assertEquals(0, nombre());
    }
}
