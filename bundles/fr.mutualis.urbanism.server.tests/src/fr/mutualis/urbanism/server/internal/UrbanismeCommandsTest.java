package fr.mutualis.urbanism.server.internal;

import static fr.mutualis.urbanism.server.tests.Essais.aujourdhui;
import static fr.mutualis.urbanism.server.tests.Essais.depot;
import static fr.mutualis.urbanism.server.tests.Essais.deposer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.testing.OsgiServices;
import fr.mutualis.urbanism.api.DossierDetail;
import fr.mutualis.urbanism.api.TypeDossier;
import fr.mutualis.urbanism.server.tests.Essais;

/** The urbanisme: commands run through the Gogo command processor, as an administrator types them. */
class UrbanismeCommandsTest {

    private final CollectiviteId commune = Essais.communeNeuve();

    private static Object executer(String commande) throws Exception {
        CommandProcessor processor = OsgiServices.service(CommandProcessor.class);
        CommandSession session = processor.createSession(new ByteArrayInputStream(new byte[0]), System.out,
                System.err);
        try {
            return session.execute(commande);
        } finally {
            session.close();
        }
    }

    /** What a command printed on the error stream (refusals), its result being null. */
    private static String erreur(String commande) throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream capture = new ByteArrayOutputStream();
        System.setErr(new PrintStream(capture, true, StandardCharsets.UTF_8));
        try {
            assertNull(executer(commande));
        } finally {
            System.setErr(original);
        }
        return capture.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void listShowsTheDossiersOfACommuneWithTheirDateLimite() throws Exception {
        DossierDetail d = deposer(commune, depot(TypeDossier.PCMI, aujourdhui()));
        String sortie = (String) executer("urbanisme:list " + commune.code());
        assertTrue(sortie.startsWith("Numéro"), sortie);
        assertTrue(sortie.contains(d.numero() + "  PCMI  " + Textes.date(aujourdhui())), sortie);
        assertTrue(sortie.contains(Textes.date(d.resume().dateLimite())), sortie);
        assertTrue(sortie.endsWith("1 dossier(s)"), sortie);
        assertTrue(((String) executer("urbanisme:list " + commune.code() + " en-instruction"))
                .endsWith("0 dossier(s)"));
        assertEquals("Erreur : État inconnu : « archive ». États possibles : depose, incomplet, en-instruction, "
                + "majore, accord, accord-avec-prescriptions, refus, opposition, decision-tacite-favorable, "
                + "decision-tacite-defavorable, rejet-tacite, retire.", erreur("urbanisme:list " + commune.code()
                        + " archive"));
    }

    @Test
    void showPrintsTheDatesAndTheHistory() throws Exception {
        DossierDetail d = deposer(commune, depot(TypeDossier.DP, aujourdhui()));
        String sortie = (String) executer("urbanisme:show " + d.numero());
        assertTrue(sortie.startsWith(d.numero() + " — Déclaration préalable"), sortie);
        assertTrue(sortie.contains("  Date limite") && sortie.contains(": " + Textes.date(d.resume().dateLimite())
                + " ("), sortie);
        assertTrue(sortie.contains("à défaut : non-opposition tacite"), sortie);
        assertTrue(sortie.contains("Historique"), sortie);
        assertTrue(sortie.contains(Essais.SECRETAIRE + "  Dépôt de la demande"), sortie);
        assertTrue(erreur("urbanisme:show PX 074 049 26 00001").startsWith("Erreur : Nature de dossier invalide"));
    }

    @Test
    void dueListsEveryCommuneAndTacitRecordsTheOutcomes() throws Exception {
        DossierDetail echu = deposer(commune, depot(TypeDossier.DP, aujourdhui().minusMonths(2)));
        String due = (String) executer("urbanisme:due 10");
        assertTrue(due.lines().anyMatch(l -> l.startsWith(commune.code()) && l.contains(echu.numero())), due);
        String tacit = (String) executer("urbanisme:tacit " + commune.code());
        assertTrue(tacit.contains(echu.numero() + "  décision tacite favorable"), tacit);
        assertTrue(tacit.contains("1 issue(s) tacite(s) constatée(s)"), tacit);
        assertTrue(((String) executer("urbanisme:tacit " + commune.code())).contains("0 issue(s) tacite(s)"));
        assertEquals(1, Essais.audit(commune, "urbanisme.issue-tacite"));
        assertEquals("Erreur : Nombre de jours invalide : 99999. Attendu : de 0 à 3660.",
                erreur("urbanisme:due 99999"));
    }
}
