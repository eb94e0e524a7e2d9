package fr.mutualis.payroll.server.tests;

import static fr.mutualis.payroll.server.tests.Fixtures.agents;
import static fr.mutualis.payroll.server.tests.Fixtures.enPaie;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.server.spi.AuditJournal;
import fr.mutualis.payroll.server.internal.PaieStore;
import fr.mutualis.payroll.server.internal.ReferentielPaie;
import fr.mutualis.payroll.server.parametres.CleParametre;
import fr.mutualis.testing.OsgiServices;

/** The paie: commands through the Gogo command processor, as an administrator types them. */
class ConsolePaieTest {

    @TempDir
    Path dossier;

    @Test
    void listRunShowValidateAndJournalOfAMonth() {
        CollectiviteId c = Fixtures.nouvelleCommune();
        String nir = Fixtures.nir();
        enPaie(c, () -> agents().creerAgent(c, Fixtures.exemple("A0001", nir)));
        Fixtures.agentsOrdinaires(c, 2);

        String liste = Gogo.ok("paie:agents " + c);
        assertTrue(liste.startsWith("Matricule  Nom"), liste);
        assertTrue(liste.contains(nir.charAt(0) + " " + nir.substring(1, 3) + " ** ** *** *** **"), liste);
        assertFalse(liste.contains(nir), "the console administrator sees NIRs masked");
        assertTrue(liste.endsWith("3 agent(s)"), liste);

        String lancee = Gogo.ok("paie:run " + c + " 2026-01");
        assertTrue(lancee.matches("(?s)Paie de janvier 2026 calculée pour " + c + " en \\d+,\\d s : 3 bulletin\\(s\\) ; "
                + "brut .* € ; net à payer .* € ; coût employeur .* € \\(paie brouillon\\)\nÀ valider par l'ordonnateur "
                + ": paie:validate " + c + " 2026-01\\."), lancee);

        String bulletin = Gogo.ok("paie:payslip " + c + " 2026-01 A0001");
        assertTrue(bulletin.startsWith("Bulletin de paie — janvier 2026\nPériode du 01/01/2026 au 31/01/2026"), bulletin);
        assertTrue(bulletin.contains("Net payé") && bulletin.contains("1 832,94"), bulletin);
        assertTrue(bulletin.contains("BULLETIN PROVISOIRE"), bulletin);

        String journal = Gogo.ok("paie:journal " + c + " 2026-01");
        assertTrue(journal.contains("012/64111") && journal.contains("Cotisations aux caisses de retraites"), journal);

        String validee = Gogo.ok("paie:validate " + c + " 2026-01");
        assertTrue(validee.startsWith("Paie de janvier 2026 validée : 3 bulletin(s) ; brut "), validee);
        Gogo.refus("paie:run " + c + " 2026-01", "La paie de janvier 2026 est validée : elle ne peut plus être "
                + "recalculée. Corrigez-la par une régularisation sur la paie d'un mois suivant.");
    }

    @Test
    void badInputIsRefusedInOneFrenchSentence() {
        CollectiviteId c = Fixtures.nouvelleCommune();
        enPaie(c, () -> agents().creerAgent(c, Fixtures.exemple("A0001", Fixtures.nir())));
        Gogo.refus("paie:run " + c + " 2026-13", "Mois invalide « 2026-13 » : format attendu AAAA-MM, par exemple "
                + "2026-01.");
        Gogo.refus("paie:payslip " + c + " 2019-12 A0001", "Le mois de paie 2019-12 précède la date d'entrée de "
                + "l'agent (2020-01-01) : aucun bulletin.");
        Gogo.refus("paie:payslip " + c + " 2026-01 Z9999", "Aucun agent de matricule « Z9999 » dans la collectivité "
                + c + ".");
        Gogo.refus("paie:agents 1234", "Code de collectivité invalide : « 1234 ». Attendu : un code INSEE de commune "
                + "(5 caractères, ex. 01001) ou un SIREN (9 chiffres).");
    }

    @Test
    void aParameterFileIsMergedStoredAndLoadedAgainAtTheNextStart() throws IOException {
        // a date no earlier run used, so the value is new on every build
        Random random = new Random();
        YearMonth mois = YearMonth.of(2040 + random.nextInt(50), 1 + random.nextInt(12));
        String valeur = 4000 + random.nextInt(900) + ".50";
        Path fichier = fichier("pmss-" + mois + ".json", mois, valeur);
        long fichiersAvant = Fixtures.compter("SELECT COUNT(*) FROM paie_fichier_parametres");

        assertEquals("Fichier « pmss-" + mois + ".json » chargé : 1 valeur(s) ou version(s) de barème nouvelle(s). Il "
                + "est conservé et rechargé à chaque démarrage du serveur.", Gogo.ok("paie:load " + fichier));
        assertEquals(valeur, OsgiServices.service(ReferentielPaie.class).parametres().valeur(CleParametre.PMSS, mois)
                .toPlainString());
        assertEquals(fichiersAvant + 1, Fixtures.compter("SELECT COUNT(*) FROM paie_fichier_parametres"));

        assertEquals("Fichier « pmss-" + mois + ".json » : aucune valeur ou version de barème nouvelle, tout était "
                + "déjà connu ; rien n'a été enregistré.", Gogo.ok("paie:load " + fichier));
        Path contraire = fichier("contraire.json", mois, "1.00");
        Gogo.refus("paie:load " + contraire, "Paramètre « pmss » : la valeur au " + mois.atDay(1) + " existe déjà ("
                + valeur + ") et diffère de la nouvelle (1.00).");
        assertEquals(fichiersAvant + 1, Fixtures.compter("SELECT COUNT(*) FROM paie_fichier_parametres"),
                "refused files are not stored");

        ReferentielPaie apresRedemarrage = new ReferentielPaie(OsgiServices.service(PaieStore.class),
                OsgiServices.service(AuditJournal.class));
        assertEquals(valeur, apresRedemarrage.parametres().valeur(CleParametre.PMSS, mois).toPlainString());
        assertEquals("5907.34", apresRedemarrage.parametres().valeur(CleParametre.POINT_INDICE, YearMonth.of(2026, 1))
                .toPlainString(), "the shipped values are still there");
    }

    @Test
    void malformedOrUnknownFilesAreRefused() throws IOException {
        Path casse = dossier.resolve("casse.json");
        Files.writeString(casse, "{ \"format\": \"mutualis-parametres/1\", \"parametres\": [ ",
                StandardCharsets.UTF_8);
        Path inconnu = dossier.resolve("inconnu.json");
        Files.writeString(inconnu, "{ \"format\": \"autre/1\" }", StandardCharsets.UTF_8);
        long avant = Fixtures.compter("SELECT COUNT(*) FROM paie_fichier_parametres");

        Gogo.refus("paie:load " + dossier.resolve("absent.json"), "Fichier introuvable : "
                + dossier.resolve("absent.json") + ".");
        Gogo.refus("paie:load " + inconnu, "Fichier non reconnu : le champ « format » doit valoir « "
                + "mutualis-parametres/1 » (paramètres de paie) ou « mutualis-paie-grilles/1 » (grilles "
                + "indiciaires), pas « autre/1 ».");
        String illisible = Gogo.erreur("paie:load " + casse);
        assertTrue(illisible.startsWith("Erreur : Fichier de paie illisible : JSON invalide à la ligne 1, colonne "),
                illisible);
        assertEquals(avant, Fixtures.compter("SELECT COUNT(*) FROM paie_fichier_parametres"));
    }

    @Test
    void parametersInForceAreListedWithTheirLegalReference() {
        String liste = Gogo.ok("paie:parameters 2026-01");
        assertTrue(liste.startsWith("Paramètres de paie en vigueur le 01/01/2026 :"), liste);
        assertTrue(liste.contains("point_indice.valeur_annuelle_indice_100") && liste.contains("5907.34")
                && liste.contains("2023-07-01") && liste.contains("Décret n° 2023-519"), liste);
        assertTrue(liste.contains("cnracl.taux_patronal") && liste.contains("37.65"), liste);
        assertFalse(liste.contains("manquant"), liste);
    }

    private Path fichier(String nom, YearMonth mois, String valeur) throws IOException {
        Path fichier = dossier.resolve(nom);
        Files.writeString(fichier, """
                { "format": "mutualis-parametres/1", "module": "paie", "parametres": [
                  { "cle": "pmss", "valeurs": [ { "dateEffet": "%s", "valeur": %s,
                      "reference": { "texte": "Arrêté de test", "date": "2026-11-28" } } ] } ] }
                """.formatted(mois.atDay(1), valeur), StandardCharsets.UTF_8);
        return fichier;
    }
}
