package fr.mutualis.payroll.server.calcul;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import fr.mutualis.payroll.api.Bulletin;
import fr.mutualis.payroll.api.LigneBulletin;
import fr.mutualis.payroll.api.TotauxBulletin;
import fr.mutualis.payroll.server.parametres.ChargeurGrilles;
import fr.mutualis.payroll.server.parametres.GrillesIndiciaires;
import fr.mutualis.payroll.server.parametres.ParametresPaie;

/** Shared test helpers: the shipped data files and exact comparisons of payslip lines. */
final class Verifications {

    private Verifications() {
    }

    /** The parameter file shipped in the bundle (tests run with the bundle folder as working directory). */
    static ParametresPaie parametres() {
        try (InputStream in = Files.newInputStream(Path.of("parametres/paie.json"))) {
            return ParametresPaie.lire(in, "parametres/paie.json");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static GrillesIndiciaires grilles() {
        try (InputStream in = Files.newInputStream(Path.of("parametres/grilles.json"))) {
            return ChargeurGrilles.charger(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A pay line (gain or deduction): exact amount, no base, no employer part. */
    static void gain(Bulletin bulletin, String code, String montant) {
        LigneBulletin ligne = ligne(bulletin, code);
        assertNull(ligne.base(), code + " : base");
        assertEquals(new BigDecimal(montant), ligne.montantSalarial(), code + " : montant");
        assertEquals(new BigDecimal("0.00"), ligne.montantPatronal(), code + " : part patronale");
    }

    /**
     * A contribution line: exact base and amounts; rates compared by value. A null rate means the line has no such
     * part (and its amount must be 0.00).
     */
    static void cotisation(Bulletin bulletin, String code, String base, String tauxSalarial, String salarial,
            String tauxPatronal, String patronal) {
        LigneBulletin ligne = ligne(bulletin, code);
        assertEquals(new BigDecimal(base), ligne.base(), code + " : base");
        taux(tauxSalarial, ligne.tauxSalarial(), code + " : taux salarial");
        taux(tauxPatronal, ligne.tauxPatronal(), code + " : taux patronal");
        assertEquals(new BigDecimal(salarial == null ? "0.00" : salarial), ligne.montantSalarial(),
                code + " : montant salarial");
        assertEquals(new BigDecimal(patronal == null ? "0.00" : patronal), ligne.montantPatronal(),
                code + " : montant patronal");
    }

    static void absente(Bulletin bulletin, String code) {
        assertTrue(bulletin.ligne(code).isEmpty(), "ligne inattendue : " + code);
    }

    static void totaux(Bulletin bulletin, String brut, String cotisations, String netAvantImpot, String netImposable,
            String pas, String netAPayer, String charges, String cout) {
        assertEquals(new TotauxBulletin(new BigDecimal(brut), new BigDecimal(cotisations),
                new BigDecimal(netAvantImpot), new BigDecimal(netImposable), new BigDecimal(pas),
                new BigDecimal(netAPayer), new BigDecimal(charges), new BigDecimal(cout)), bulletin.totaux());
    }

    private static LigneBulletin ligne(Bulletin bulletin, String code) {
        return bulletin.ligne(code).orElseGet(() -> fail("ligne absente : " + code + " dans " + bulletin.lignes()));
    }

    private static void taux(String attendu, BigDecimal reel, String message) {
        if (attendu == null) {
            assertNull(reel, message);
        } else {
            assertEquals(0, new BigDecimal(attendu).compareTo(reel), message + " : attendu " + attendu + ", reçu "
                    + reel);
        }
    }
}
