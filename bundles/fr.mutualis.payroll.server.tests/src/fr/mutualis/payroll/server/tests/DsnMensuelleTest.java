package fr.mutualis.payroll.server.tests;

import static fr.mutualis.payroll.server.tests.Fixtures.agents;
import static fr.mutualis.payroll.server.tests.Fixtures.en;
import static fr.mutualis.payroll.server.tests.Fixtures.enPaie;
import static fr.mutualis.payroll.server.tests.Fixtures.paie;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.CollectiviteKind;
import fr.mutualis.core.api.ControleSiret;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.IntrouvableException;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.payroll.api.DeclarationDsn;
import fr.mutualis.payroll.api.DsnService;
import fr.mutualis.payroll.api.EmetteurDsn;
import fr.mutualis.payroll.api.JournalPaie;
import fr.mutualis.payroll.api.PayrollModule;
import fr.mutualis.payroll.server.internal.console.DsnCommands;
import fr.mutualis.testing.OsgiServices;

/**
 * The DSN mensuelle of a validated month of six agents (five CNRACL fonctionnaires, one of them with the NBI of the
 * worked example and one part time, and a contractuel at the IRCANTEC): its contributions per organism, PAS and pay
 * totals reconcile with the journal; a month not validated is refused; the console writes a private file.
 */
class DsnMensuelleTest {

    private static final YearMonth JANVIER = YearMonth.of(2026, 1);
    private static final Random RANDOM = new Random();

    @TempDir
    Path dossier;

    private CollectiviteId syndicat;
    private String nic;
    private String nirExemple;

    /** A syndicat (its code is its SIREN, which the DSN needs) with the payroll module and six agents. */
    @BeforeEach
    void syndicatAvecAgents() {
        syndicat = CallContext.console().run(() -> {
            while (true) {
                String siren = ControleSiret.avecCle(String.format("9%07d", RANDOM.nextInt(10_000_000)));
                try {
                    Fixtures.admin().show(siren);
                } catch (IntrouvableException libre) {
                    Fixtures.admin().add(siren, "Syndicat de paie " + siren, CollectiviteKind.SYNDICAT, 1000, null);
                    Fixtures.admin().enableModule(siren, PayrollModule.ID);
                    return new CollectiviteId(siren);
                }
            }
        });
        for (int n = 1; nic == null; n++) {
            String candidat = String.format("%05d", n);
            if (ControleSiret.siretValide(syndicat.code() + candidat)) {
                nic = candidat;
            }
        }
        nirExemple = Fixtures.nir();
        enPaie(syndicat, () -> agents().creerAgent(syndicat, Fixtures.exemple("A0001", nirExemple)));
        enPaie(syndicat, () -> agents().creerAgent(syndicat, Fixtures.contractuel("C0001", 420,
                LocalDate.of(2024, 9, 1))));
        Fixtures.agentsOrdinaires(syndicat, 4);
        enPaie(syndicat, () -> paie().lancerPaie(syndicat, JANVIER));
    }

    private static DsnService dsn() {
        return OsgiServices.service(DsnService.class);
    }

    private EmetteurDsn emetteur() {
        return new EmetteurDsn(nic, "Marie Martin", "paie@syndicat.fr", "0450000000", false);
    }

    @Test
    void aMonthNotValidatedHasNoDsnAndBadSenderDataIsRefusedInFrench() {
        assertEquals("La DSN de janvier 2026 ne peut pas être produite : la paie du mois n'est pas validée (état : "
                + "brouillon). L'ordonnateur la valide d'abord (paie:validate " + syndicat + " 2026-01).",
                assertThrows(DonneeInvalideException.class,
                        () -> enPaie(syndicat, () -> dsn().dsnMensuelle(syndicat, JANVIER, emetteur()))).getMessage());
        assertEquals("Aucune paie calculée pour février 2026 : lancez la paie du mois d'abord.",
                assertThrows(DonneeInvalideException.class, () -> enPaie(syndicat,
                        () -> dsn().dsnMensuelle(syndicat, JANVIER.plusMonths(1), emetteur()))).getMessage());
        DonneeInvalideException refus = assertThrows(DonneeInvalideException.class, () -> enPaie(syndicat,
                () -> dsn().dsnMensuelle(syndicat, JANVIER, new EmetteurDsn("12", " ", "paie", null, false))));
        assertEquals(List.of("NIC de l'établissement invalide : les 5 chiffres qui suivent le SIREN dans le SIRET "
                + "sont attendus.", "Nom du contact de la DSN manquant.", "Adresse mél du contact de la DSN invalide."),
                refus.erreurs());
    }

    @Test
    void theDsnOfAValidatedMonthReconcilesWithItsJournalPerOrganism() {
        en(syndicat, Set.of(Role.ORDONNATEUR), () -> paie().validerPaie(syndicat, JANVIER));
        DeclarationDsn dsn = enPaie(syndicat, () -> dsn().dsnMensuelle(syndicat, JANVIER, emetteur()));
        JournalPaie journal = enPaie(syndicat, () -> paie().journal(syndicat, JANVIER));

        assertEquals(6, dsn.individus());
        assertEquals("P26V01", dsn.norme());
        assertEquals("DSN_" + syndicat + nic + "_202601.dsn", dsn.nomFichier());
        // every agent has his date of birth and PCS-ESE: no missing mandatory rubric, no anomaly at all
        assertEquals(List.of(), dsn.anomalies());
        assertTrue(dsn.contenu().contains("S21.G00.30.006,'" + Fixtures.naissance(nirExemple)
                .format(java.time.format.DateTimeFormatter.ofPattern("ddMMyyyy")) + "'\n"), dsn.contenu());
        assertTrue(dsn.contenu().contains("S21.G00.40.004,'523c'\n"), dsn.contenu());
        assertTrue(dsn.contenu().contains("S21.G00.40.004,'524c'\n"), "the contractuel");
        assertTrue(dsn.rapprochements().stream().limit(8).allMatch(r -> r.endsWith("= journal.")),
                dsn.rapprochements().toString());

        // the reconciliation recomputed here from the file itself, organism by organism
        assertEquals(journal(journal, "CNRACL", "ATIACL"), cotisations(dsn.contenu(), "300", "301", "319"));
        assertEquals(journal(journal, "RAFP"), cotisations(dsn.contenu(), "311", "312"));
        assertEquals(journal(journal, "IRCANTEC_A", "IRCANTEC_B"), cotisations(dsn.contenu(), "060", "061"));
        assertTrue(journal(journal, "IRCANTEC_A").signum() > 0, "the contractuel pays the IRCANTEC");
        assertEquals(journal(journal, "MALADIE", "CSA", "AF", "FNAL", "VIEILLESSE_PLAF", "VIEILLESSE_DEPLAF",
                "CSG_DED", "CSG_NON_DED", "CRDS"),
                cotisations(dsn.contenu(), "075", "068", "074", "049", "076", "072", "079"));
        assertEquals(journal.totaux().prelevementALaSource(), somme(dsn.contenu(), "S21.G00.50.009"));
        assertEquals(journal.totaux().netAPayer(), somme(dsn.contenu(), "S21.G00.50.004"));
        assertEquals(5, compter(dsn.contenu(), "S21.G00.40.020,'120'"), "five CNRACL fonctionnaires");
        assertEquals(1, compter(dsn.contenu(), "S21.G00.40.020,'200'"), "one contractuel at the régime général");
        assertTrue(dsn.contenu().contains("S21.G00.30.001,'" + nirExemple.substring(0, 13) + "'\n"));
        assertTrue(dsn.contenu().contains("S21.G00.40.019,'" + syndicat + nic + "'\n"));
        assertTrue(dsn.contenu().contains("S21.G00.40.059,'15.00'\n"), "the NBI of the worked example");
        assertTrue(dsn.contenu().contains("S21.G00.40.014,'20'\nS21.G00.40.016"), "a part-time agent");
    }

    @Test
    void theConsoleWritesAPrivateFileAndPrintsTheValidatorsResult() throws IOException {
        OsgiServices.service(DsnCommands.class); // paie:dsn is registered by a component of its own
        Path fichier = dossier.resolve("dsn-janvier.dsn");
        String commande = "paie:dsn -n " + nic + " -c Martin -m paie@syndicat.fr " + syndicat + " 2026-01 "
                + fichier;
        Gogo.refus(commande, "La DSN de janvier 2026 ne peut pas être produite : la paie du mois n'est pas validée "
                + "(état : brouillon). L'ordonnateur la valide d'abord (paie:validate " + syndicat + " 2026-01).");
        en(syndicat, Set.of(Role.ORDONNATEUR), () -> paie().validerPaie(syndicat, JANVIER));

        String sortie = Gogo.ok(commande);

        assertTrue(sortie.startsWith("DSN de janvier 2026 (norme P26V01) écrite dans " + fichier + " : 6 individu(s), "),
                sortie);
        assertTrue(sortie.contains("Validateur : conforme."), sortie);
        assertTrue(sortie.contains("Rapprochement avec le journal de paie :\n  - Cotisations Urssaf (S21.G00.81) : "),
                sortie);
        assertTrue(sortie.contains("Prélèvement à la source (S21.G00.50.009) : "), sortie);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(fichier)));
        String contenu = Files.readString(fichier, StandardCharsets.ISO_8859_1);
        assertTrue(contenu.startsWith("S10.G00.00.001,'MUTUALIS'\n"), contenu);
        assertTrue(contenu.contains("S21.G00.30.004,'Prénom'\n"), "accents written in ISO 8859-1");
        assertTrue(contenu.endsWith("S90.G00.90.001,'" + contenu.lines().count() + "'\nS90.G00.90.002,'1'\n"));
        Gogo.refus(commande, "Le fichier " + fichier + " existe déjà : choisissez un autre nom (une DSN n'en écrase "
                + "pas une autre).");
    }

    private static BigDecimal journal(JournalPaie journal, String... codes) {
        List<String> liste = List.of(codes);
        return journal.lignes().stream().filter(l -> liste.contains(l.code()))
                .map(l -> l.montantSalarial().add(l.montantPatronal())).reduce(BigDecimal.ZERO.setScale(2),
                        BigDecimal::add);
    }

    /** Sum of the S21.G00.81.004 amounts of the given cotisation codes, read from the file. */
    private static BigDecimal cotisations(String contenu, String... codes) {
        List<String> liste = List.of(codes);
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        String code = null;
        for (String ligne : contenu.lines().toList()) {
            String valeur = ligne.substring(16, ligne.length() - 1);
            if (ligne.startsWith("S21.G00.81.001")) {
                code = valeur;
            } else if (ligne.startsWith("S21.G00.81.004") && liste.contains(code)) {
                total = total.add(new BigDecimal(valeur));
            }
        }
        return total;
    }

    private static BigDecimal somme(String contenu, String rubrique) {
        return contenu.lines().filter(l -> l.startsWith(rubrique)).map(l -> new BigDecimal(l.substring(16,
                l.length() - 1))).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static long compter(String contenu, String ligne) {
        return contenu.lines().filter(ligne::equals).count();
    }
}
