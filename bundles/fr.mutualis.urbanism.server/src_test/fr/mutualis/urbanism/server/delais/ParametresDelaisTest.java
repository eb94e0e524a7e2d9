package fr.mutualis.urbanism.server.delais;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.urbanism.api.CasRefusTacite;
import fr.mutualis.urbanism.api.DonneesInstruction;
import fr.mutualis.urbanism.api.Majoration;
import fr.mutualis.urbanism.api.MajorationNotifiee;
import fr.mutualis.urbanism.api.ResultatDelais;
import fr.mutualis.urbanism.api.TypeDossier;

/** The shipped parameter file, lookups by filing date, and how a broken file is refused. */
class ParametresDelaisTest {

    private static final String DP_ACTUEL =
            "\"reference\": { \"texte\": \"R423-23 a\" },\n      \"valeurs\": [ { \"dateEffet\": \"2007-10-01\", \"valeur\": { \"mois\": 1 } } ]";

    /** The shipped file with one piece of text replaced, checking that the piece is there exactly once. */
    private static String livreAvec(String avant, String apres) {
        String json = Parametres.texteLivre();
        assertEquals(1, json.split(Pattern.quote(avant), -1).length - 1, avant);
        return json.replace(avant, apres);
    }

    /** The shipped parameters with the values of the DP base period ({@code delai.DP}) replaced. */
    private static ParametresDelais avecValeursDp(String valeurs) {
        return Parametres.lire(livreAvec(DP_ACTUEL, "\"reference\": { \"texte\": \"R423-23 a\" }, \"valeurs\": " + valeurs));
    }

    @Test
    void shippedValuesWithTheirReferences() {
        ParametresDelais p = Parametres.livres();
        assertEquals(new Duree(1, "R423-23 a"), p.delaiInstruction(TypeDossier.DP, of(2024, 1, 1)));
        assertEquals(new Duree(2, "R423-23 b"), p.delaiInstruction(TypeDossier.PCMI, of(2024, 1, 1)));
        assertEquals(new Duree(3, "R423-23 c"), p.delaiInstruction(TypeDossier.PA, of(2024, 1, 1)));
        assertEquals(new Duree(2, "R410-10"), p.delaiInstruction(TypeDossier.CUb, of(2024, 1, 1)));
        assertEquals(1, p.delaiDemandePieces(of(2024, 1, 1)).mois());
        assertEquals(new Duree(3, "R423-39"), p.delaiFourniturePieces(of(2024, 1, 1)));
        assertEquals(1, p.delaiNotificationMajoration(of(2024, 1, 1)).mois());
        assertEquals(new Duree(18, "R410-12, L410-1"), p.cristallisationCertificatTacite(of(2024, 1, 1)));
        assertEquals(Set.of(TypeDossier.PCMI, TypeDossier.PD, TypeDossier.PC, TypeDossier.PA),
                p.typesRefusTacite(CasRefusTacite.R424_3, of(2024, 1, 1)));
        RegleMajoration r = p.majoration(Majoration.R423_28, of(2024, 1, 1));
        assertEquals(EffetMajoration.PORTE_A, r.effet());
        assertEquals(new Duree(5, "R423-28"), r.duree());
    }

    @Test
    void valuesAreLookedUpByFilingDate() {
        ParametresDelais p = Parametres.livres();
        assertEquals(EnumSet.of(TypeDossier.PCMI, TypeDossier.PD, TypeDossier.PC, TypeDossier.PA),
                p.majoration(Majoration.R423_25, of(2022, 3, 26)).types());
        assertEquals(EnumSet.of(TypeDossier.DP, TypeDossier.PCMI, TypeDossier.PD, TypeDossier.PC, TypeDossier.PA),
                p.majoration(Majoration.R423_25, of(2022, 3, 27)).types());
        assertEquals(2, p.parametre("majoration.R423-25").valeurs().size());
    }

    @Test
    void theEngineFollowsTheDataNotLiterals() {
        ParametresDelais p = avecValeursDp("[ { \"dateEffet\": \"2007-10-01\", \"valeur\": { \"mois\": 1 } }, "
                + "{ \"dateEffet\": \"2024-07-01\", \"valeur\": { \"mois\": 2 }, "
                + "\"reference\": { \"texte\": \"R423-23 a\", \"note\": \"réforme imaginaire\" } } ]");
        MoteurDelais moteur = new MoteurDelais(p, Clock.fixed(of(2025, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC));
        assertEquals(of(2024, 7, 30), moteur.calculer(DonneesInstruction.simple(TypeDossier.DP, of(2024, 6, 30)))
                .dateLimite());
        assertEquals(of(2024, 9, 1), moteur.calculer(DonneesInstruction.simple(TypeDossier.DP, of(2024, 7, 1)))
                .dateLimite());
    }

    @Test
    void aFixedPeriodShorterThanTheExtendedOneHasNoEffect() {
        ParametresDelais p = Parametres.lire(livreAvec("\"effet\": \"PORTE_A\", \"mois\": 5",
                "\"effet\": \"PORTE_A\", \"mois\": 4"));
        MoteurDelais moteur = new MoteurDelais(p, Clock.fixed(of(2025, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC));
        ResultatDelais r = moteur.calculer(new DonneesInstruction(TypeDossier.PC, of(2024, 1, 15), List.of(),
                List.of(new MajorationNotifiee(Majoration.R423_25, of(2024, 1, 20)),
                        new MajorationNotifiee(Majoration.R423_28, of(2024, 1, 20))), null));
        assertEquals(of(2024, 6, 15), r.dateLimite());
        assertEquals(List.of("R423-28 (délai porté à 4 mois) est sans effet : le délai est déjà de 5 mois."),
                r.avertissements());
        assertEquals(of(2024, 5, 15), moteur.calculer(new DonneesInstruction(TypeDossier.PC, of(2024, 1, 15),
                List.of(), List.of(new MajorationNotifiee(Majoration.R423_28, of(2024, 1, 20))), null)).dateLimite());
    }

    @Test
    void refusesAFileWithoutAParameterTheEngineNeeds() {
        String json = livreAvec("\"cle\": \"delai.CUb\"", "\"cle\": \"delai.CUc\"");
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> Parametres.lire(json));
        assertEquals("Fichier de paramètres de délais invalide : le paramètre « delai.CUb » manque.", e.getMessage());
    }

    @Test
    void refusesAValueWithoutMonths() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> avecValeursDp("[ { \"dateEffet\": \"2007-10-01\", \"valeur\": {} } ]"));
        assertEquals("Fichier de paramètres de délais invalide : « delai.DP » au 01/10/2007 : le champ « mois » manque.",
                e.getMessage());
    }

    @Test
    void refusesTwoValuesStartingTheSameDay() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> avecValeursDp(
                "[ { \"dateEffet\": \"2007-10-01\", \"valeur\": { \"mois\": 1 } }, "
                + "{ \"dateEffet\": \"2007-10-01\", \"valeur\": { \"mois\": 2 } } ]"));
        assertEquals("Paramètre « delai.DP » : deux valeurs ont la même date d'effet 2007-10-01.", e.getMessage());
    }

    @Test
    void refusesUnreadableDatesTypesAndEffects() {
        assertEquals("Paramètre « delai.DP » : valeur n° 1 : « dateEffet » : date invalide « 2007-13-01 » (format "
                + "attendu AAAA-MM-JJ).", assertThrows(DonneeInvalideException.class, () -> avecValeursDp(
                        "[ { \"dateEffet\": \"2007-13-01\", \"valeur\": { \"mois\": 1 } } ]")).getMessage());
        assertEquals("Paramètre « delai.DP », valeur au 2007-10-01 : Type de dossier inconnu : « PX ». Types "
                + "possibles : DP, PCMI, PC, PA, PD, CUa, CUb.", assertThrows(DonneeInvalideException.class,
                        () -> avecValeursDp("[ { \"dateEffet\": \"2007-10-01\", "
                                + "\"valeur\": { \"mois\": 1, \"types\": [\"PX\"] } } ]")).getMessage());
        String json = livreAvec("\"effet\": \"PORTE_A\"", "\"effet\": \"PORTE\"");
        assertEquals("Paramètre « majoration.R423-28 », valeur au 2015-07-11 : effet « PORTE » inconnu "
                + "(AJOUT ou PORTE_A).", assertThrows(DonneeInvalideException.class, () -> Parametres.lire(json)).getMessage());
    }

    @Test
    void refusesMalformedJson() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> Parametres.lire("{ \"parametres\": [ "));
        assertTrue(e.getMessage().startsWith("Fichier de paramètres test.json : JSON invalide à la ligne 1"),
                e.getMessage());
        e = assertThrows(DonneeInvalideException.class, () -> Parametres.lire("{}"));
        assertEquals("Fichier de paramètres test.json : champ « format » manquant, « mutualis-parametres/1 » attendu.",
                e.getMessage());
    }
}
