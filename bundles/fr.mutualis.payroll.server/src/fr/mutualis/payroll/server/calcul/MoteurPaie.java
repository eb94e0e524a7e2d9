package fr.mutualis.payroll.server.calcul;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.payroll.api.Absence;
import fr.mutualis.payroll.api.Bulletin;
import fr.mutualis.payroll.api.RegimeRetraite;
import fr.mutualis.payroll.api.SituationAgent;
import fr.mutualis.payroll.server.parametres.CleParametre;
import fr.mutualis.payroll.server.parametres.GrillesIndiciaires;
import fr.mutualis.payroll.server.parametres.ParametresPaie;

/**
 * Computes the monthly payslip of an agent of the fonction publique territoriale (full month) from the
 * effective-dated parameters, following the conventions of domain.md section 0. Pure and thread-safe.
 */
public final class MoteurPaie {

    private final ParametresPaie parametres;
    private final Optional<GrillesIndiciaires> grilles;

    /** An engine that does not check indices majorés against grade grids. */
    public MoteurPaie(ParametresPaie parametres) {
        this.parametres = Objects.requireNonNull(parametres, "parametres");
        this.grilles = Optional.empty();
    }

    /** An engine that refuses an indice majoré outside the grid of the agent's grade (when a grade is given). */
    public MoteurPaie(ParametresPaie parametres, GrillesIndiciaires grilles) {
        this.parametres = Objects.requireNonNull(parametres, "parametres");
        this.grilles = Optional.of(Objects.requireNonNull(grilles, "grilles"));
    }

    /**
     * The payslip of {@code situation} for {@code mois}, every line rounded to the cent and totals summed from lines.
     *
     * @throws DonneeInvalideException with a French message when the input is invalid or a parameter is missing
     */
    public Bulletin calculer(SituationAgent situation, YearMonth mois) {
        return calculer(situation, mois, List.of());
    }

    /**
     * The payslip of {@code situation} for {@code mois} with the deductions for the agent's {@code absences} (give
     * those of the twelve months before the month too: the half pay of a maladie ordinaire counts over a rolling
     * year).
     *
     * @throws DonneeInvalideException with a French message when the input is invalid or a parameter is missing
     */
    public Bulletin calculer(SituationAgent situation, YearMonth mois, List<Absence> absences) {
        if (situation == null || mois == null || absences == null) {
            throw new DonneeInvalideException("La situation de l'agent et le mois de paie sont requis.");
        }
        ParametresDuMois parametresDuMois = new ParametresDuMois(parametres, mois);
        RegimeRetraite regime = regime(situation, parametresDuMois);
        ControleSituation.verifier(situation, mois, regime, parametresDuMois, grilles);

        TempsDeTravail temps = TempsDeTravail.de(situation,
                parametresDuMois.valeur(CleParametre.DUREE_TEMPS_COMPLET));
        LignesEnCours lignes = new LignesEnCours();
        Remuneration remuneration = ElementsDeRemuneration.ajouter(situation, absences, regime, temps,
                parametresDuMois, lignes);
        if (regime == RegimeRetraite.CNRACL) {
            CotisationsCnracl.ajouter(situation, remuneration, temps, parametresDuMois, lignes);
        } else {
            CotisationsRegimeGeneral.ajouter(situation, remuneration, temps, parametresDuMois, lignes);
        }
        ContributionsSociales.ajouter(remuneration.brut(), parametresDuMois, lignes);
        PrelevementALaSource.ajouter(situation, parametresDuMois, lignes);
        return new Bulletin(mois, regime, lignes.lignes(), lignes.totaux());
    }

    /** CNRACL for a titulaire or stagiaire whose post reaches the affiliation threshold (28 h), else régime général. */
    private static RegimeRetraite regime(SituationAgent situation, ParametresDuMois parametres) {
        boolean affilie = situation.statut().estFonctionnaire() && situation.heuresHebdomadairesPoste()
                .compareTo(parametres.valeur(CleParametre.SEUIL_AFFILIATION_CNRACL)) >= 0;
        return affilie ? RegimeRetraite.CNRACL : RegimeRetraite.REGIME_GENERAL;
    }
}
