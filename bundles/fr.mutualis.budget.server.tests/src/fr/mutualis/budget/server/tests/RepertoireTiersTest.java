package fr.mutualis.budget.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.mutualis.budget.api.Adresse;
import fr.mutualis.budget.api.ExecutionService;
import fr.mutualis.budget.api.FicheTiers;
import fr.mutualis.budget.api.Tiers;
import fr.mutualis.budget.api.TiersService;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.IntrouvableException;
import fr.mutualis.core.api.Role;

/**
 * The répertoire of tiers as the client manages it: a tiers is changed with the same checks as a new one, its IBAN and
 * BIC are stored encrypted, a secretary who does not see bank details keeps them when she changes the address, and a
 * deactivated tiers stays in the répertoire but can no longer be named on a new pièce.
 */
class RepertoireTiersTest {

    private static final Tiers ASSOCIATION = new Tiers("ASSOCIATION DES PARENTS", null, null, null, "60", "06", null,
            new Adresse("1 PLACE DE LA MAIRIE", null, "74130", "BRIZON"), "FR7630006000011234567890189",
            "AGRIFRPP882");

    private CollectiviteId commune;
    private Utilisateur ordonnateur;
    private Utilisateur secretaire;

    @BeforeEach
    void commune() {
        commune = Donnees.nouvelleCommune();
        Donnees.sansEngagements(commune);
        ordonnateur = Donnees.utilisateur(commune, Role.ORDONNATEUR);
        secretaire = Donnees.utilisateur(commune, Role.SAISIE);
        Donnees.budgetVote(ordonnateur, commune);
    }

    private static Tiers avecVille(Tiers t, String voie, String ville, String iban, String bic) {
        return new Tiers(t.nom(), t.prenom(), t.identifiant(), t.reference(), t.categorie(), t.natureJuridique(),
                t.typeTiers(), new Adresse(voie, null, t.adresse().codePostal(), ville), iban, bic);
    }

    @Test
    void bankDetailsAreEncryptedAndKeptWhenASecretaryChangesTheAddress() {
        FicheTiers cree = ordonnateur.service(TiersService.class).enregistrerTiers(commune, ASSOCIATION);
        assertEquals("AGRIFRPP882", cree.tiers().bic());
        Object bic = Donnees.valeur("SELECT bic_chiffre FROM budget_tiers WHERE id = ?", cree.id());
        assertTrue(bic.toString().startsWith("v1:"), "BIC encrypted at rest: " + bic);
        assertNull(Donnees.valeur("SELECT bic FROM budget_tiers WHERE id = ?", cree.id()));

        FicheTiers vue = secretaire.service(TiersService.class).tiers(commune).get(0);
        assertNull(vue.tiers().iban());
        assertNull(vue.tiers().bic());
        FicheTiers modifie = secretaire.service(TiersService.class).modifierTiers(commune, cree.id(),
                avecVille(vue.tiers(), "3 RUE DU LAC", "VOUGY", null, null));
        assertEquals("VOUGY", modifie.tiers().adresse().ville());
        assertEquals(vue.iban(), modifie.iban(), "the masked IBAN is still there");

        FicheTiers relu = ordonnateur.service(TiersService.class).tiers(commune).get(0);
        assertEquals("3 RUE DU LAC", relu.tiers().adresse().voie());
        assertEquals("FR7630006000011234567890189", relu.tiers().iban());
        assertEquals("AGRIFRPP882", relu.tiers().bic());

        FicheTiers sansBanque = ordonnateur.service(TiersService.class).modifierTiers(commune, cree.id(),
                avecVille(relu.tiers(), "3 RUE DU LAC", "VOUGY", null, null));
        assertNull(sansBanque.iban(), "the ordonnateur, who sees them, removes the bank details");
    }

    @Test
    void aChangeIsCheckedLikeANewTiersAndNothingIsWrittenOnARefusal() {
        FicheTiers fournisseur = Donnees.fournisseur(secretaire, commune);
        FicheTiers association = secretaire.service(TiersService.class).enregistrerTiers(commune, ASSOCIATION);
        Tiers memeSiret = new Tiers("ASSOCIATION DES PARENTS", null, "73282932000074", null, "60", "06", null,
                association.tiers().adresse(), null, null);
        DonneeInvalideException doublon = assertThrows(DonneeInvalideException.class,
                () -> secretaire.service(TiersService.class).modifierTiers(commune, association.id(), memeSiret));
        assertEquals("Le tiers QUINCAILLERIE MARTIN (n° " + fournisseur.id() + ") a déjà l'identifiant "
                + "73282932000074.", doublon.getMessage());
        Tiers mauvaiseCle = new Tiers("ASSOCIATION DES PARENTS", null, "73282932000075", null, "60", "06", null,
                association.tiers().adresse(), null, null);
        assertThrows(DonneeInvalideException.class,
                () -> secretaire.service(TiersService.class).modifierTiers(commune, association.id(), mauvaiseCle));
        assertNull(Donnees.valeur("SELECT identifiant FROM budget_tiers WHERE id = ?", association.id()));

        CollectiviteId autre = Donnees.nouvelleCommune();
        Utilisateur secretaireAutre = Donnees.utilisateur(autre, Role.SAISIE);
        assertThrows(IntrouvableException.class, () -> secretaireAutre.service(TiersService.class)
                .modifierTiers(autre, association.id(), ASSOCIATION), "another commune's tiers is not found");
    }

    @Test
    void aDeactivatedTiersStaysListedButNoNewMandatNamesIt() {
        FicheTiers fournisseur = Donnees.fournisseur(secretaire, commune);
        FicheTiers desactive = secretaire.service(TiersService.class).activerTiers(commune, fournisseur.id(), false);
        assertFalse(desactive.actif());
        List<FicheTiers> liste = secretaire.service(TiersService.class).tiers(commune);
        assertEquals(1, liste.size());
        assertFalse(liste.get(0).actif());
        DonneeInvalideException refus = assertThrows(DonneeInvalideException.class, () -> secretaire
                .service(ExecutionService.class).emettre(commune, Donnees.mandat(fournisseur.id(),
                        Donnees.FOURNITURES, "100")));
        assertEquals("Le tiers QUINCAILLERIE MARTIN (n° " + fournisseur.id() + ") est désactivé : réactivez-le dans "
                + "le répertoire des tiers ou choisissez-en un autre.", refus.getMessage());
        assertEquals(0, Donnees.compter("SELECT COUNT(*) FROM budget_piece WHERE collectivite = ?", commune.code()));

        assertTrue(secretaire.service(TiersService.class).activerTiers(commune, fournisseur.id(), true).actif());
        assertEquals(1, secretaire.service(ExecutionService.class).emettre(commune,
                Donnees.mandat(fournisseur.id(), Donnees.FOURNITURES, "100")).reference().numero());
    }
}
