package fr.mutualis.payroll.server;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import fr.mutualis.payroll.api.Bulletin;
import fr.mutualis.payroll.api.CategorieTpp;
import fr.mutualis.payroll.api.ElementIndemnitaire;
import fr.mutualis.payroll.api.NatureElement;
import fr.mutualis.payroll.api.SituationAgent;
import fr.mutualis.payroll.api.Statut;
import fr.mutualis.payroll.api.ZoneResidence;
import fr.mutualis.payroll.server.calcul.MoteurPaie;
import fr.mutualis.payroll.server.parametres.ChargeurGrilles;
import fr.mutualis.payroll.server.parametres.GrillesIndiciaires;
import fr.mutualis.payroll.server.parametres.ParametresPaie;

/** The data files shipped in the bundle and the worked example of domain.md section 2.5, for tests outside calcul. */
public final class DonneesLivrees {

    public static final YearMonth JANVIER_2026 = YearMonth.of(2026, 1);

    private DonneesLivrees() {
    }

    public static ParametresPaie parametres() {
        try (InputStream in = Files.newInputStream(Path.of("parametres/paie.json"))) {
            return ParametresPaie.lire(in, "parametres/paie.json");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static GrillesIndiciaires grilles() {
        try (InputStream in = Files.newInputStream(Path.of("parametres/grilles.json"))) {
            return ChargeurGrilles.charger(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static MoteurPaie moteur() {
        return new MoteurPaie(parametres(), grilles());
    }

    /** January 2026, CNRACL titulaire, full time, IM 400, NBI 15, zone 3, 2 children, IFSE 250, TPP C, taux neutre. */
    public static SituationAgent exempleDomaine() {
        return new SituationAgent(Statut.TITULAIRE, new BigDecimal("35"), BigDecimal.ONE, 400, 15,
                ZoneResidence.ZONE_3, 2, List.of(new ElementIndemnitaire(NatureElement.IFSE, "IFSE",
                        new BigDecimal("250"))), CategorieTpp.C, null, 10, LocalDate.of(2020, 1, 1), null);
    }

    /** A contractuel at IM 420, full time, zone 1, IFSE 120, taux neutre. */
    public static SituationAgent contractuel() {
        return new SituationAgent(Statut.CONTRACTUEL, new BigDecimal("35"), BigDecimal.ONE, 420, 0,
                ZoneResidence.ZONE_1, 0, List.of(new ElementIndemnitaire(NatureElement.IFSE, "IFSE",
                        new BigDecimal("120"))), CategorieTpp.AUCUNE, null, 10, LocalDate.of(2020, 1, 1), null);
    }

    public static Bulletin bulletinExemple() {
        return moteur().calculer(exempleDomaine(), JANVIER_2026);
    }
}
