package fr.mutualis.payroll.server.tests;

import static fr.mutualis.payroll.server.tests.Fixtures.agents;
import static fr.mutualis.payroll.server.tests.Fixtures.en;
import static fr.mutualis.payroll.server.tests.Fixtures.enPaie;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.Role;
import fr.mutualis.payroll.api.Agent;
import fr.mutualis.payroll.api.CompteBancaire;

/**
 * The bank account an agent is paid on: checked (IBAN mod 97, BIC), stored encrypted like the NIR, shown in clear to
 * the payroll role only (and that read journaled), masked for every other role; a bad IBAN is refused in French and
 * leaves the agent exactly as he was.
 */
class CompteBancaireAgentTest {

    private static final String IBAN = "FR7630004000031234567890143";

    private CollectiviteId commune;

    @BeforeEach
    void commune() {
        commune = Fixtures.nouvelleCommune();
    }

    @Test
    void theIbanIsStoredEncryptedAndShownInClearOnlyToThePayrollRole() {
        Agent cree = enPaie(commune, () -> agents().creerAgent(commune, Fixtures.exemple("A0001", Fixtures.nir())
                .avecCompteBancaire(CompteBancaire.normaliser("fr76 3000 4000 0312 3456 7890 143", "bnpafrpp"))));

        assertEquals(new CompteBancaire(IBAN, "BNPAFRPP"), cree.donnees().compteBancaire(), "normalised");
        Object[] ligne = Fixtures.sql("SELECT iban_chiffre, bic FROM paie_agent WHERE id = ?", cree.id()).get(0);
        String colonne = (String) ligne[0];
        assertTrue(colonne.startsWith("v1:"), "encrypted with the personal-data cipher: " + colonne);
        assertFalse(colonne.contains("3000400003"), "the clear IBAN is not in the database");
        assertEquals("BNPAFRPP", ligne[1]);

        for (Role role : List.of(Role.LECTURE, Role.ORDONNATEUR)) {
            Agent vu = en(commune, Set.of(role), () -> agents().agent(commune, cree.id()));
            assertEquals("FR76 **** **** **** **** **** 143", vu.donnees().compteBancaire().iban(), role.name());
        }
        long avant = lectures();
        assertEquals(IBAN, enPaie(commune, () -> agents().agent(commune, cree.id())).donnees().compteBancaire()
                .iban());
        assertEquals(avant + 1, lectures(), "a read in clear is journaled");
    }

    @Test
    void aBadIbanIsRefusedInFrenchAndLeavesTheAgentUnchanged() {
        Agent cree = enPaie(commune, () -> agents().creerAgent(commune, Fixtures.exemple("A0001", Fixtures.nir())
                .avecCompteBancaire(new CompteBancaire(IBAN, "BNPAFRPP"))));
        Object[] avant = Fixtures.sql("SELECT iban_chiffre, bic, nom FROM paie_agent WHERE id = ?", cree.id()).get(0);
        long ecritures = Fixtures.compter("SELECT COUNT(*) FROM journal_audit WHERE collectivite = ?",
                commune.code());

        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> enPaie(commune,
                () -> agents().modifierAgent(commune, cree.id(), cree.donnees()
                        .avecCompteBancaire(new CompteBancaire("FR7630004000031234567890144", "BNPAFRP")))));
        assertEquals(List.of("IBAN invalide : la clé de contrôle (3e et 4e caractères) ne correspond pas au numéro. "
                + "Vérifiez la saisie sur le relevé d'identité bancaire.",
                "BIC invalide : 8 ou 11 lettres ou chiffres attendus (4 lettres de banque, 2 lettres de pays, 2 "
                        + "caractères de localisation, 3 facultatifs pour l'agence)."), e.erreurs());
        assertFalse(e.getMessage().contains("3000400003"), "the refusal never repeats the IBAN");

        Object[] apres = Fixtures.sql("SELECT iban_chiffre, bic, nom FROM paie_agent WHERE id = ?", cree.id()).get(0);
        assertArrayEquals(avant, apres, "nothing written");
        assertEquals(ecritures, Fixtures.compter("SELECT COUNT(*) FROM journal_audit WHERE collectivite = ?",
                commune.code()), "nothing journaled");
        assertEquals(IBAN, enPaie(commune, () -> agents().agent(commune, cree.id())).donnees().compteBancaire()
                .iban());
    }

    @Test
    void anAgentMayBeEnteredWithoutAccountAndGetOneLater() {
        Agent cree = enPaie(commune, () -> agents().creerAgent(commune, Fixtures.exemple("A0001", Fixtures.nir())));
        assertNull(cree.donnees().compteBancaire());
        Agent modifie = enPaie(commune, () -> agents().modifierAgent(commune, cree.id(),
                cree.donnees().avecCompteBancaire(new CompteBancaire("FR1420041010050500013M02606", "PSSTFRPPPAR"))));
        assertEquals("FR1420041010050500013M02606", modifie.donnees().compteBancaire().iban());
    }

    private long lectures() {
        return Fixtures.compter("SELECT COUNT(*) FROM journal_audit WHERE collectivite = ? AND operation = "
                + "'paie.agent.nir.consulter'", commune.code());
    }
}
