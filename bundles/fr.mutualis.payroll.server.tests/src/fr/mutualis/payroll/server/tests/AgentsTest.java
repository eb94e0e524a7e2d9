package fr.mutualis.payroll.server.tests;

import static fr.mutualis.payroll.server.tests.Fixtures.agents;
import static fr.mutualis.payroll.server.tests.Fixtures.en;
import static fr.mutualis.payroll.server.tests.Fixtures.enPaie;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.IntrouvableException;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.payroll.api.Agent;
import fr.mutualis.payroll.api.AgentSaisie;
import fr.mutualis.payroll.server.internal.IndexNir;
import fr.mutualis.testing.OsgiServices;

/** Agents per employer: the NIR encrypted at rest and masked for every role but payroll, and bad input refused. */
class AgentsTest {

    private CollectiviteId commune;

    @BeforeEach
    void commune() {
        commune = Fixtures.nouvelleCommune();
    }

    @Test
    void theNirIsStoredEncryptedAndShownInClearOnlyToThePayrollRole() {
        String nir = Fixtures.nir();
        Agent cree = enPaie(commune, () -> agents().creerAgent(commune, Fixtures.exemple("A0001", nir)));

        assertEquals(nir, cree.donnees().nir());
        assertFalse(cree.nirMasque());
        Object[] brut = Fixtures.sql("SELECT nir_chiffre, matricule FROM paie_agent WHERE id = ?", cree.id()).get(0);
        String colonne = (String) brut[0];
        assertTrue(colonne.startsWith("v1:"), "encrypted with the personal-data cipher: " + colonne);
        assertFalse(colonne.contains(nir), "the clear NIR is not in the database");
        assertFalse(colonne.contains(nir.substring(0, 7)), "not even its beginning");
        assertEquals(1, Fixtures.compter("SELECT COUNT(*) FROM paie_agent WHERE collectivite = ?", commune.code()));

        String masque = nir.charAt(0) + " " + nir.substring(1, 3) + " ** ** *** *** **";
        for (Role role : List.of(Role.LECTURE, Role.ORDONNATEUR, Role.ADMINISTRATEUR)) {
            Agent vu = en(commune, Set.of(role), () -> agents().agent(commune, cree.id()));
            assertEquals(masque, vu.donnees().nir(), role.name());
            assertTrue(vu.nirMasque());
        }
        assertEquals(masque, CallContext.console().run(() -> agents().agents(commune)).get(0).donnees().nir());
        assertEquals(nir, enPaie(commune, () -> agents().agents(commune)).get(0).donnees().nir());
    }

    @Test
    void theAuditJournalNamesTheAgentButNeverTheNir() {
        String nir = Fixtures.nir();
        enPaie(commune, () -> agents().creerAgent(commune, Fixtures.exemple("A0001", nir)));
        List<Object[]> journal = Fixtures.sql("SELECT operation, objet FROM journal_audit WHERE collectivite = ? "
                + "AND operation LIKE 'paie.%'", commune.code());
        assertEquals(1, journal.size());
        assertEquals("paie.agent.creer", journal.get(0)[0]);
        assertEquals("A0001 — EXEMPLE Domaine", journal.get(0)[1]);
    }

    @Test
    void everyReadOfNirsInClearIsJournaledAndMaskedReadsAreNot() {
        Agent cree = enPaie(commune, () -> agents().creerAgent(commune, Fixtures.exemple("A0001", Fixtures.nir())));
        String nirReads = "SELECT objet FROM journal_audit WHERE collectivite = ? AND operation = "
                + "'paie.agent.nir.consulter' ORDER BY id";

        en(commune, Set.of(Role.LECTURE), () -> agents().agent(commune, cree.id()));
        en(commune, Set.of(Role.LECTURE), () -> agents().agents(commune));
        List<Object[]> afterMasked = Fixtures.sql(nirReads, commune.code());
        enPaie(commune, () -> agents().agent(commune, cree.id()));
        enPaie(commune, () -> agents().agents(commune));

        assertEquals(List.of(), afterMasked);
        assertEquals(List.of("A0001 — EXEMPLE Domaine", "1 agent(s) : liste des agents"),
                Fixtures.sql(nirReads, commune.code()).stream().map(r -> (String) r[0]).toList());
    }

    @Test
    void aMalformedNirIsRefusedWithTheReasonAndNothingIsWritten() {
        String nir = Fixtures.nir();
        String mauvaiseCle = nir.substring(0, 13) + (nir.endsWith("97") ? "01" : String.format("%02d",
                Integer.parseInt(nir.substring(13)) + 1));
        assertRefus(Fixtures.exemple("A0001", mauvaiseCle),
                "NIR invalide : la clé (deux derniers chiffres) ne correspond pas au numéro. Vérifiez la saisie.");
        assertRefus(Fixtures.exemple("A0001", "1760574"),
                "NIR invalide : 15 caractères attendus (13 pour le numéro, 2 pour la clé), 7 saisi(s).");
        assertRefus(Fixtures.exemple("A0001", "176102A00412365"),
                "NIR invalide : la clé (deux derniers chiffres) ne correspond pas au numéro. Vérifiez la saisie.");
        Agent corse = enPaie(commune, () -> agents().creerAgent(commune, Fixtures.exemple("A0002",
                "1 76 10 2A 004 123 92")));
        assertEquals("176102A00412392", corse.donnees().nir(), "Corse-du-Sud: 2A counts as 19 in the key");
    }

    @Test
    void anIndexOutsideTheGradeAndAQuotiteOutsideZeroOneAreRefused() {
        AgentSaisie exemple = Fixtures.exemple("A0001", Fixtures.nir());
        assertRefus(avecIndice(Fixtures.adjointPrincipal("A0001", 10, 409), 450), "Indice majoré 450 incohérent avec "
                + "l'échelon 10 du grade ADJ-ADM-P2 (Adjoint administratif principal de 2e classe) en "
                + java.time.YearMonth.now() + " : l'indice majoré de cet échelon est 409 (grille C2 en vigueur depuis "
                + "le "
                + "2024-01-01).");
        assertRefus(avecQuotite(exemple, "1.2"), "Quotité de travail invalide : 1.2. Attendu : un nombre dans ]0 ; 1], "
                + "par exemple 0.8 pour un temps partiel à 80 %.");
        assertRefus(avecQuotite(exemple, "0"), "Quotité de travail invalide : 0. Attendu : un nombre dans ]0 ; 1], "
                + "par exemple 0.8 pour un temps partiel à 80 %.");
    }

    /** Issue 15: échelon 3 entered with the indice of échelon 5 is refused, naming the indice expected. */
    @Test
    void theIndexOfAnotherEchelonIsRefusedOnCreationAndChangeAndNothingIsWritten() {
        String attendu = "Indice majoré 374 incohérent avec l'échelon 3 du grade ADJ-ADM-P2 (Adjoint administratif "
                + "principal de 2e classe) en " + java.time.YearMonth.now() + " : l'indice majoré de cet échelon est "
                + "370 (grille C2 en vigueur depuis le 2024-01-01).";
        assertRefus(Fixtures.adjointPrincipal("B0001", 3, 374), attendu);

        Agent agent = enPaie(commune, () -> agents().creerAgent(commune, Fixtures.adjointPrincipal("B0001", 3, 370)));
        assertEquals("ADJ-ADM-P2", agent.donnees().codeGrade());
        String ligne = "SELECT code_grade, echelon, indice_majore, nir_chiffre FROM paie_agent WHERE id = ?";
        List<Object> avant = List.of(Fixtures.sql(ligne, agent.id()).get(0));
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> enPaie(commune,
                () -> agents().modifierAgent(commune, agent.id(), avecIndice(agent.donnees(), 374))));
        assertEquals(List.of(attendu), e.erreurs());
        assertEquals(avant, List.of(Fixtures.sql(ligne, agent.id()).get(0)), "the record is left exactly as it was");
        assertEquals(1, Fixtures.compter("SELECT COUNT(*) FROM journal_audit WHERE collectivite = ? AND operation "
                + "LIKE 'paie.agent.%'", commune.code()), "only the creation is journaled");

        // échelon 5 with its own indice is accepted, and so is a grade of category A on its own grid
        Agent promu = enPaie(commune, () -> agents().modifierAgent(commune, agent.id(), avecEchelon(agent.donnees(),
                5, 374)));
        assertEquals(5, promu.donnees().echelon());
        assertEquals(374, promu.donnees().indiceMajore());
        AgentSaisie attache = new AgentSaisie("B0002", "ATTACHEE", "Territoriale", Fixtures.nir(),
                fr.mutualis.payroll.api.Statut.TITULAIRE, new BigDecimal("35"), BigDecimal.ONE, "attache", 6, 518, 0,
                fr.mutualis.payroll.api.ZoneResidence.ZONE_1, 0, List.of(), fr.mutualis.payroll.api.CategorieTpp.A,
                null, LocalDate.of(2021, 3, 1));
        assertEquals("ATTACHE", enPaie(commune, () -> agents().creerAgent(commune, attache)).donnees().codeGrade());
    }

    @Test
    void oneRecordPerEmployerTheSameNirTwiceInOneCollectivityIsRefused() {
        String nir = Fixtures.nir();
        enPaie(commune, () -> agents().creerAgent(commune, Fixtures.exemple("A0001", nir)));
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> enPaie(commune,
                () -> agents().creerAgent(commune, Fixtures.exemple("A0001", nir))));
        assertEquals(List.of("Le matricule A0001 est déjà celui de A0001 — EXEMPLE Domaine.",
                "Ce NIR est déjà celui de A0001 — EXEMPLE Domaine dans cette collectivité : un agent n'a qu'une fiche "
                        + "par employeur."), e.erreurs());

        CollectiviteId autre = Fixtures.nouvelleCommune();
        Agent ailleurs = enPaie(autre, () -> agents().creerAgent(autre, Fixtures.exemple("A0001", nir)));
        assertEquals(nir, ailleurs.donnees().nir(), "the second employer has its own record of the same person");
        assertEquals(2, Fixtures.compter("SELECT COUNT(*) FROM paie_agent WHERE collectivite IN (?, ?)",
                commune.code(), autre.code()));
    }

    @Test
    void aMatriculeDifferingOnlyByCaseIsTheSameAgentNumber() {
        enPaie(commune, () -> agents().creerAgent(commune, Fixtures.exemple("ab-12", Fixtures.nir())));
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> enPaie(commune,
                () -> agents().creerAgent(commune, Fixtures.exemple("AB-12", Fixtures.nir()))));
        assertEquals(List.of("Le matricule AB-12 est déjà celui de ab-12 — EXEMPLE Domaine."), e.erreurs());
        assertEquals(1, Fixtures.compter("SELECT COUNT(*) FROM paie_agent WHERE collectivite = ?", commune.code()));
    }

    @Test
    void theNirIsFoundByAKeyedIndexAndAgentsRecordedWithoutOneAreIndexedAtStart() throws Exception {
        String nir = Fixtures.nir();
        Agent agent = enPaie(commune, () -> agents().creerAgent(commune, Fixtures.exemple("A0001", nir)));
        String index = (String) Fixtures.sql("SELECT nir_index FROM paie_agent WHERE id = ?", agent.id()).get(0)[0];
        assertEquals(64, index.length(), index);
        String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(nir.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertNotEquals(sha256, index, "keyed: a guessed NIR cannot be tested against the index without the key");
        String cle = (String) Fixtures.sql("SELECT valeur FROM paie_cle WHERE nom = 'index-nir'").get(0)[0];
        assertTrue(cle.startsWith("v1:"), "the index key is stored encrypted with the personal-data key");

        // an agent as recorded before schema version 2: no index; the start-up pass computes it
        Fixtures.modifier("UPDATE paie_agent SET nir_index = NULL WHERE id = ?", agent.id());
        assertTrue(OsgiServices.service(IndexNir.class).completer() >= 1);
        assertEquals(index, Fixtures.sql("SELECT nir_index FROM paie_agent WHERE id = ?", agent.id()).get(0)[0]);
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> enPaie(commune,
                () -> agents().creerAgent(commune, Fixtures.exemple("A0002", nir))));
        assertEquals(List.of("Ce NIR est déjà celui de A0001 — EXEMPLE Domaine dans cette collectivité : un agent "
                + "n'a qu'une fiche par employeur."), e.erreurs());
        assertEquals(1, Fixtures.compter("SELECT COUNT(*) FROM paie_agent WHERE collectivite = ?", commune.code()));
    }

    @Test
    void anAgentModifiedKeepsItsOwnNirAndMatriculeButCannotTakeAnothers() {
        String nir = Fixtures.nir();
        Agent premier = enPaie(commune, () -> agents().creerAgent(commune, Fixtures.exemple("A0001", nir)));
        Agent second = enPaie(commune, () -> agents().creerAgent(commune, Fixtures.exemple("A0002", Fixtures.nir())));
        assertEquals(nir, enPaie(commune, () -> agents().modifierAgent(commune, premier.id(),
                Fixtures.exemple("a0001", nir))).donnees().nir(), "its own NIR and matricule, whatever the case");
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> enPaie(commune,
                () -> agents().modifierAgent(commune, second.id(), Fixtures.exemple("A0002", nir))));
        assertEquals(List.of("Ce NIR est déjà celui de a0001 — EXEMPLE Domaine dans cette collectivité : un agent "
                + "n'a qu'une fiche par employeur."), e.erreurs());
    }

    @Test
    void anotherCollectivitysAgentIsNotFound() {
        Agent agent = enPaie(commune, () -> agents().creerAgent(commune, Fixtures.exemple("A0001", Fixtures.nir())));
        CollectiviteId autre = Fixtures.nouvelleCommune();
        IntrouvableException e = assertThrows(IntrouvableException.class,
                () -> enPaie(autre, () -> agents().agent(autre, agent.id())));
        assertEquals("Agent introuvable : n° " + agent.id() + " dans la collectivité " + autre.code() + ".",
                e.getMessage());
        assertThrows(IntrouvableException.class, () -> enPaie(autre, () -> agents().modifierAgent(autre, agent.id(),
                Fixtures.exemple("A0001", Fixtures.nir()))));
    }

    @Test
    void aModificationKeepsTheRecordAndReEncryptsTheNir() {
        Agent agent = enPaie(commune, () -> agents().creerAgent(commune, Fixtures.exemple("A0001", Fixtures.nir())));
        String avant = (String) Fixtures.sql("SELECT nir_chiffre FROM paie_agent WHERE id = ?", agent.id()).get(0)[0];
        Agent modifie = enPaie(commune, () -> agents().modifierAgent(commune, agent.id(),
                avecIndice(agent.donnees(), 410)));
        assertEquals(410, modifie.donnees().indiceMajore());
        assertEquals(agent.donnees().nir(), modifie.donnees().nir());
        assertNotEquals(avant, Fixtures.sql("SELECT nir_chiffre FROM paie_agent WHERE id = ?", agent.id()).get(0)[0],
                "a new random IV on every write");
    }

    private void assertRefus(AgentSaisie saisie, String message) {
        long avant = Fixtures.compter("SELECT COUNT(*) FROM paie_agent WHERE collectivite = ?", commune.code());
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> enPaie(commune, () -> agents().creerAgent(commune, saisie)));
        assertEquals(List.of(message), e.erreurs());
        assertEquals(avant, Fixtures.compter("SELECT COUNT(*) FROM paie_agent WHERE collectivite = ?",
                commune.code()));
    }

    @Test
    void theDateOfBirthMustMatchTheNirAndThePcsEseBeInTheInseeList() {
        AgentSaisie a = Fixtures.adjointPrincipal("N0001", 5, 374);
        LocalDate naissance = a.dateNaissance();
        assertRefus(avecNaissancePcs(a, naissance.plusYears(1), "523c"), "Date de naissance incohérente avec le NIR : "
                + "l'année " + (naissance.getYear() + 1) + " ne correspond pas aux 2e et 3e chiffres du NIR (année de "
                + "naissance).");
        assertRefus(avecNaissancePcs(a, naissance.withMonth(naissance.getMonthValue() % 12 + 1), "523c"),
                "Date de naissance incohérente avec le NIR : le mois " + (naissance.getMonthValue() % 12 + 1)
                        + " ne correspond pas aux 4e et 5e chiffres du NIR (mois de naissance).");
        assertRefus(avecNaissancePcs(a, naissance, "523z"), "Code PCS-ESE « 523z » absent de la nomenclature PCS-ESE "
                + "2017 de l'Insee (429 professions) : par exemple 523c adjoints administratifs des collectivités "
                + "locales, 451g professions intermédiaires administratives des collectivités locales, 333f "
                + "personnels administratifs de catégorie A des collectivités locales.");
        Agent cree = enPaie(commune, () -> agents().creerAgent(commune, avecNaissancePcs(a, naissance, " 523C ")));
        assertEquals(naissance, cree.donnees().dateNaissance());
        assertEquals("523c", cree.donnees().pcsEse(), "stored as the Insee publishes it, lower case");
    }

    @Test
    void theProtectionSocialeComplementaireParticipationsAreStoredWithTheAgent() {
        AgentSaisie a = Fixtures.adjointPrincipal("P0001", 5, 374);
        List<fr.mutualis.payroll.api.ElementIndemnitaire> elements = List.of(
                new fr.mutualis.payroll.api.ElementIndemnitaire(fr.mutualis.payroll.api.NatureElement
                        .PARTICIPATION_PREVOYANCE, "Participation prévoyance", new BigDecimal("7.00")),
                new fr.mutualis.payroll.api.ElementIndemnitaire(fr.mutualis.payroll.api.NatureElement
                        .PARTICIPATION_SANTE, "Participation santé", new BigDecimal("15.00")));
        AgentSaisie avec = new AgentSaisie(a.matricule(), a.nom(), a.prenom(), a.nir(), a.statut(),
                a.heuresHebdomadairesPoste(), a.quotite(), a.codeGrade(), a.echelon(), a.indiceMajore(),
                a.pointsNbi(), a.zoneResidence(), a.nombreEnfants(), elements, a.categorieTpp(),
                a.tauxPasPersonnel(), a.dateEntree(), null, a.dateNaissance(), a.pcsEse());
        Agent cree = enPaie(commune, () -> agents().creerAgent(commune, avec));
        assertEquals(elements, enPaie(commune, () -> agents().agent(commune, cree.id())).donnees()
                .elementsIndemnitaires());
    }

    static AgentSaisie avecNaissancePcs(AgentSaisie a, LocalDate naissance, String pcs) {
        return new AgentSaisie(a.matricule(), a.nom(), a.prenom(), a.nir(), a.statut(), a.heuresHebdomadairesPoste(),
                a.quotite(), a.codeGrade(), a.echelon(), a.indiceMajore(), a.pointsNbi(), a.zoneResidence(),
                a.nombreEnfants(), a.elementsIndemnitaires(), a.categorieTpp(), a.tauxPasPersonnel(), a.dateEntree(),
                null, naissance, pcs);
    }

    static AgentSaisie avecIndice(AgentSaisie a, int indice) {
        return new AgentSaisie(a.matricule(), a.nom(), a.prenom(), a.nir(), a.statut(), a.heuresHebdomadairesPoste(),
                a.quotite(), a.codeGrade(), a.echelon(), indice, a.pointsNbi(), a.zoneResidence(), a.nombreEnfants(),
                a.elementsIndemnitaires(), a.categorieTpp(), a.tauxPasPersonnel(), a.dateEntree(),
                null, a.dateNaissance(), a.pcsEse());
    }

    static AgentSaisie avecEchelon(AgentSaisie a, int echelon, int indice) {
        return new AgentSaisie(a.matricule(), a.nom(), a.prenom(), a.nir(), a.statut(), a.heuresHebdomadairesPoste(),
                a.quotite(), a.codeGrade(), echelon, indice, a.pointsNbi(), a.zoneResidence(), a.nombreEnfants(),
                a.elementsIndemnitaires(), a.categorieTpp(), a.tauxPasPersonnel(), a.dateEntree(),
                null, a.dateNaissance(), a.pcsEse());
    }

    static AgentSaisie avecQuotite(AgentSaisie a, String quotite) {
        return new AgentSaisie(a.matricule(), a.nom(), a.prenom(), a.nir(), a.statut(), a.heuresHebdomadairesPoste(),
                new BigDecimal(quotite), a.codeGrade(), a.echelon(), a.indiceMajore(), a.pointsNbi(),
                a.zoneResidence(), a.nombreEnfants(), a.elementsIndemnitaires(), a.categorieTpp(),
                a.tauxPasPersonnel(), a.dateEntree(),
                null, a.dateNaissance(), a.pcsEse());
    }

    static AgentSaisie avecEntree(AgentSaisie a, LocalDate entree) {
        return new AgentSaisie(a.matricule(), a.nom(), a.prenom(), a.nir(), a.statut(), a.heuresHebdomadairesPoste(),
                a.quotite(), a.codeGrade(), a.echelon(), a.indiceMajore(), a.pointsNbi(), a.zoneResidence(),
                a.nombreEnfants(), a.elementsIndemnitaires(), a.categorieTpp(), a.tauxPasPersonnel(), entree,
                null, a.dateNaissance(), a.pcsEse());
    }
}
