package fr.mutualis.payroll.server.dsn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.payroll.api.Bulletin;
import fr.mutualis.payroll.api.JournalPaie;
import fr.mutualis.payroll.api.PaieMois;
import fr.mutualis.payroll.api.Statut;
import fr.mutualis.payroll.server.DonneesLivrees;
import fr.mutualis.payroll.server.journal.BulletinPaye;
import fr.mutualis.payroll.server.journal.ConstructionJournal;

/**
 * The DSN of a month of two agents (the worked example of domain.md 2.5, CNRACL, and a contractuel, IRCANTEC) passes
 * the validator and reconciles with the journal; each kind of defect is found, with a French message naming it.
 */
class ValidateurDsnTest {

    private static final String NIR_TITULAIRE = "185057800608436";
    private static final String NIR_CONTRACTUEL = "279023512345615";
    private static final Bulletin EXEMPLE = DonneesLivrees.bulletinExemple();
    private static final Bulletin CONTRACTUEL = DonneesLivrees.moteur().calculer(DonneesLivrees.contractuel(),
            DonneesLivrees.JANVIER_2026);
    private static final JournalPaie JOURNAL = ConstructionJournal.construire(new CollectiviteId("74049"), "Brizon",
            PaieMois.nonCalculee(DonneesLivrees.JANVIER_2026), List.of(new BulletinPaye(Statut.TITULAIRE, EXEMPLE),
                    new BulletinPaye(Statut.CONTRACTUEL, CONTRACTUEL)));
    private static final String FICHIER = DsnMensuelle.texte(DsnMensuelle.construire(
            new DsnMensuelle.Employeur("217400498", "00010", "COMMUNE DE BRIZON", "Marie Martin",
                    "paie@brizon.fr", "0450000000", false),
            DonneesLivrees.JANVIER_2026, LocalDate.of(2026, 2, 3), "260203101500", List.of(
                    new DsnMensuelle.Individu(NIR_TITULAIRE, "EXEMPLE", "Domaine", "A0001", Statut.TITULAIRE,
                            LocalDate.of(2020, 1, 1), LocalDate.of(1985, 5, 12), "524a", new BigDecimal("35"),
                            BigDecimal.ONE, 400, 15, false, EXEMPLE),
                    new DsnMensuelle.Individu(NIR_CONTRACTUEL, "CONTRACTUEL", "Agent", "C0001",
                            Statut.CONTRACTUEL, LocalDate.of(2020, 1, 1), LocalDate.of(1979, 2, 3), "525a",
                            new BigDecimal("35"), BigDecimal.ONE, 420, 0, false, CONTRACTUEL))));

    private static ValidateurDsn.Resultat valider(String fichier) {
        return ValidateurDsn.valider(fichier, JOURNAL);
    }

    /** The anomalies of the file with {@code avant} (a whole line) replaced by {@code apres}. */
    private static List<String> avec(String avant, String apres) {
        assertTrue(FICHIER.contains(avant + "\n"), "the file has the line " + avant);
        return valider(FICHIER.replaceFirst(java.util.regex.Pattern.quote(avant + "\n"),
                java.util.regex.Matcher.quoteReplacement(apres))).anomalies();
    }

    private static void trouve(List<String> anomalies, String attendu) {
        assertTrue(anomalies.stream().anyMatch(a -> a.contains(attendu)), "expected « " + attendu + " » in "
                + anomalies);
    }

    @Test
    void theDsnOfTheMonthIsConformAndReconcilesWithTheJournal() {
        ValidateurDsn.Resultat resultat = valider(FICHIER);

        assertEquals(List.of(), resultat.anomalies());
        assertEquals(9, resultat.rapprochements().size(), resultat.rapprochements().toString());
        assertTrue(resultat.rapprochements().stream().limit(8).allMatch(r -> r.endsWith("= journal.")),
                resultat.rapprochements().toString());
        assertEquals("Cotisations CNRACL (S21.G00.81) : 997,98 € = journal.", resultat.rapprochements().get(1),
                "CNRACL 226.77 + 769.17 and ATIACL 2.04 of the worked example");
        assertEquals("Hors DSN individuelle (CNFPT, majoration apprentissage, centre de gestion, versés à ces "
                + "organismes ; forfait social, bordereau Urssaf) : 77,27 €.", resultat.rapprochements().get(8));
        // the worked example: CNRACL 226.77 + 769.17 on TIB + NBI 2042.95, RAFP 15.69 + 15.69
        assertTrue(FICHIER.contains("S21.G00.78.001,'48'\nS21.G00.78.002,'01012026'\nS21.G00.78.003,'31012026'\n"
                + "S21.G00.78.004,'2042.95'\n"), FICHIER);
        assertTrue(FICHIER.contains("S21.G00.81.001,'300'\nS21.G00.81.003,'2042.95'\nS21.G00.81.004,'226.77'\n"
                + "S21.G00.81.001,'301'\nS21.G00.81.003,'2042.95'\nS21.G00.81.004,'769.17'\n"), FICHIER);
        assertTrue(FICHIER.contains("S21.G00.81.001,'311'\nS21.G00.81.003,'313.80'\nS21.G00.81.004,'15.69'\n"));
        // CSG 157.45 + 55.57 under one code 072, CRDS 11.58 under 079, on 2315.51
        assertTrue(FICHIER.contains("S21.G00.81.001,'072'\nS21.G00.81.003,'2315.51'\nS21.G00.81.004,'213.02'\n"
                + "S21.G00.81.001,'079'\nS21.G00.81.003,'2315.51'\nS21.G00.81.004,'11.58'\n"), FICHIER);
        assertTrue(FICHIER.contains("S21.G00.50.009,'56.75'\n"), "PAS of the worked example");
        assertTrue(FICHIER.contains("S21.G00.30.001,'1850578006084'\n"), "the NIR without its key");
        assertTrue(FICHIER.contains("S21.G00.40.020,'120'\n") && FICHIER.contains("S21.G00.40.020,'200'\n"),
                "CNRACL and régime général");
        assertTrue(FICHIER.contains("S21.G00.81.001,'060'\n"), "IRCANTEC tranche A for the contractuel");
        assertTrue(FICHIER.endsWith("S90.G00.90.001,'" + FICHIER.lines().count() + "'\nS90.G00.90.002,'1'\n"));
    }

    @Test
    void aLineWithoutTheDsnShapeIsRefused() {
        trouve(avec("S21.G00.30.002,'EXEMPLE'", "S21.G00.30.002;EXEMPLE\n"),
                "forme invalide, attendu Sxx.Gyy.zz.nnn,'valeur' (« S21.G00.30.002;EXEMPLE »)");
        trouve(avec("S21.G00.30.019,'A0001'", "S21.G00.30.099,'A0001'\n"),
                "rubrique S21.G00.30.099 inconnue de la norme P26V01");
    }

    @Test
    void rubricsOutOfOrderAndBlocksOutOfPlaceAreFound() {
        trouve(avec("S21.G00.30.004,'Domaine'", "").stream().toList(), "S21.G00.30.004 (Prénoms) absente");
        String inverse = FICHIER.replace("S21.G00.30.002,'EXEMPLE'\nS21.G00.30.004,'Domaine'\n",
                "S21.G00.30.004,'Domaine'\nS21.G00.30.002,'EXEMPLE'\n");
        trouve(valider(inverse).anomalies(), "S21.G00.30.002 hors de l'ordre croissant des rubriques du bloc "
                + "« Individu » (ou répétée)");
        String total = FICHIER.substring(FICHIER.indexOf("S90.G00.90.001"));
        String auDebut = total + FICHIER.substring(0, FICHIER.indexOf("S90.G00.90.001"));
        trouve(valider(auDebut).anomalies(), "bloc « Envoi » (S10.G00.00) placé après le bloc S90.G00.90 : ordre "
                + "des blocs de la norme non respecté");
    }

    @Test
    void blockCardinalityIsChecked() {
        String sansContrat = FICHIER.replaceAll("S21\\.G00\\.40\\.\\d{3},'[^']*'\n", "");
        trouve(valider(sansContrat).anomalies(), "bloc « Contrat » (S21.G00.40) absent, 1 au moins");
        String sansEntreprise = FICHIER.replaceAll("S21\\.G00\\.06\\.\\d{3},'[^']*'\n", "");
        List<String> anomalies = valider(sansEntreprise).anomalies();
        trouve(anomalies, "bloc « Etablissement » (S21.G00.11) hors de son bloc parent S21.G00.06");
        trouve(anomalies, "bloc « Entreprise » (S21.G00.06) absent, 1 au moins");
        String deuxEnvois = FICHIER.replace("S20.G00.05.001", "S10.G00.00.001,'MUTUALIS'\nS20.G00.05.001");
        trouve(valider(deuxEnvois).anomalies(), "bloc « Envoi » (S10.G00.00) présent 2 fois, 1 au plus");
    }

    @Test
    void formatsAreChecked() {
        trouve(avec("S20.G00.05.005,'01012026'", "S20.G00.05.005,'2026-01-01'\n"),
                "S20.G00.05.005 (Date du mois principal déclaré) doit être une date JJMMAAAA : « 2026-01-01 »");
        trouve(avec("S20.G00.05.005,'01012026'", "S20.G00.05.005,'31022026'\n"), "doit être une date JJMMAAAA");
        trouve(avec("S21.G00.50.009,'56.75'", "S21.G00.50.009,'56,75'\n"), "S21.G00.50.009 (Montant de "
                + "prélèvement à la source) doit être un montant avec deux décimales et un point (ex. 1234.50) : "
                + "« 56,75 »");
        trouve(avec("S21.G00.50.002,'1956.84'", "S21.G00.50.002,'1956.8'\n"), "doit être un montant");
        List<String> nir = avec("S21.G00.30.001,'1850578006084'", "S21.G00.30.001,'185057800608'\n");
        trouve(nir, "S21.G00.30.001 (Numéro d'inscription au répertoire) doit compter les 13 caractères du NIR "
                + "sans sa clé (12 trouvé(s)).");
        assertFalse(nir.toString().contains("185057800608"), "a message never repeats a NIR");
        trouve(avec("S21.G00.40.019,'21740049800010'", "S21.G00.40.019,'2174004980001'\n"),
                "S21.G00.40.019 (Identifiant du lieu de travail) doit compter 14 chiffres (SIRET = SIREN + NIC)");
        trouve(avec("S21.G00.06.001,'217400498'", "S21.G00.06.001,'21740049'\n"), "doit compter 9 chiffres (SIREN)");
        trouve(avec("S21.G00.06.001,'217400498'", "S21.G00.06.001,'217400497'\n"),
                "S21.G00.06.001 (SIREN) n'est pas un SIREN valide (clé de contrôle) : « 217400497 »");
        trouve(avec("S21.G00.40.019,'21740049800010'", "S21.G00.40.019,'21740049800011'\n"),
                "n'est pas un SIRET valide (clé de contrôle)");
        trouve(avec("S21.G00.40.020,'120'", "S21.G00.40.020,'222'\n"), "S21.G00.40.020 (Code régime de base "
                + "risque vieillesse) vaut « 222 », valeur absente de la norme P26V01.");
        trouve(avec("S21.G00.30.002,'EXEMPLE'", "S21.G00.30.002,''\n"), "vide");
        trouve(avec("S21.G00.30.002,'EXEMPLE'", "S21.G00.30.002,'Ивaнов'\n"), "hors du jeu ISO 8859-1");
    }

    @Test
    void mandatoryRubricsAreRequired() {
        trouve(avec("S21.G00.30.002,'EXEMPLE'", ""), "Bloc « Individu » commençant ligne");
        trouve(avec("S21.G00.30.002,'EXEMPLE'", ""), "rubrique obligatoire S21.G00.30.002 (Nom de famille) absente.");
        trouve(avec("S21.G00.30.006,'12051985'", ""), "S21.G00.30.006 (Date de naissance) absente");
        trouve(avec("S10.G00.02.004,'paie@brizon.fr'", ""), "S10.G00.02.004 (Adresse mél du contact émetteur)");
    }

    @Test
    void theTotalsAreReconciledWithTheFileAndTheJournal() {
        long lignes = FICHIER.lines().count();
        trouve(avec("S21.G00.30.019,'A0001'", ""), "S90.G00.90.001 (Nombre total de rubriques) vaut " + lignes
                + " ; le fichier compte " + (lignes - 1) + " rubriques.");
        List<String> cnracl = avec("S21.G00.81.004,'769.17'", "S21.G00.81.004,'769.18'\n");
        assertEquals(List.of("Rapprochement : Cotisations CNRACL (S21.G00.81) : 997,99 € déclarés, 997,98 € au "
                + "journal (écart 0,01 €)."), cnracl);
        trouve(avec("S21.G00.50.009,'56.75'", "S21.G00.50.009,'57.75'\n"),
                "Rapprochement : Prélèvement à la source (S21.G00.50.009)");
        trouve(avec("S21.G00.50.004,'1832.94'", "S21.G00.50.004,'1832.95'\n"),
                "Rapprochement : Montant net versé (S21.G00.50.004)");
        String sansCrds = FICHIER.replace("S21.G00.81.001,'079'\nS21.G00.81.003,'2315.51'\n"
                + "S21.G00.81.004,'11.58'\n", "");
        trouve(valider(sansCrds).anomalies(), "Rapprochement : Cotisations Urssaf (S21.G00.81)");
    }
}
