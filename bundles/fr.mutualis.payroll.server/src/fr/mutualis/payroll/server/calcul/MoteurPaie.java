package fr.mutualis.payroll.server.calcul;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.payroll.api.Absence;
import fr.mutualis.payroll.api.Bulletin;
import fr.mutualis.payroll.api.FormatFrancais;
import fr.mutualis.payroll.api.LigneBulletin;
import fr.mutualis.payroll.api.NatureLigne;
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
        return calculer(situation, mois, absences, List.of());
    }

    /**
     * The payslip of {@code mois} that also pays the {@code rappels} of earlier months: their lines are added to the
     * gross, and their TIB and NBI to the pension base, with the rates of the month that pays them.
     *
     * @throws DonneeInvalideException with a French message when the input is invalid or a parameter is missing
     */
    public Bulletin calculer(SituationAgent situation, YearMonth mois, List<Absence> absences, List<Rappel> rappels) {
        return calculer(situation, mois, absences, rappels, CumulRafp.AUCUN);
    }

    /**
     * The same, with the RAFP base cumulated over the civil year from {@code cumulRafp}, what the earlier months of
     * the year gave the RAFP.
     *
     * @throws DonneeInvalideException with a French message when the input is invalid or a parameter is missing
     */
    public Bulletin calculer(SituationAgent situation, YearMonth mois, List<Absence> absences, List<Rappel> rappels,
            CumulRafp cumulRafp) {
        return calculerAvecRafp(situation, mois, absences, rappels, cumulRafp).bulletin();
    }

    /**
     * A payslip and what its month adds to the RAFP's annual cumul (zero outside the CNRACL), for the monthly run to
     * store with the payslip and give the next months of the year.
     */
    public record BulletinCalcule(Bulletin bulletin, CumulRafp rafpDuMois) {
    }

    /** The same as {@link #calculer(SituationAgent, YearMonth, List, List, CumulRafp)}, with the month's RAFP part. */
    public BulletinCalcule calculerAvecRafp(SituationAgent situation, YearMonth mois, List<Absence> absences,
            List<Rappel> rappels, CumulRafp cumulRafp) {
        if (situation == null || mois == null || absences == null || rappels == null || cumulRafp == null) {
            throw new DonneeInvalideException("La situation de l'agent et le mois de paie sont requis.");
        }
        ParametresDuMois parametresDuMois = new ParametresDuMois(parametres, mois);
        RegimeRetraite regime = regime(situation, parametresDuMois);
        ControleSituation.verifier(situation, mois, regime, parametresDuMois, grilles);

        TempsDeTravail temps = TempsDeTravail.de(situation, parametresDuMois);
        LignesEnCours lignes = new LignesEnCours();
        Remuneration remuneration = ElementsDeRemuneration.ajouter(situation, absences, regime, temps,
                parametresDuMois, lignes);
        for (Rappel rappel : rappels) {
            rappel.lignes().forEach(lignes::ajouter);
            remuneration = new Remuneration(remuneration.traitement().add(rappel.traitement()),
                    remuneration.nbi().add(rappel.nbi()), remuneration.supplementFamilial(), lignes.totaux().brut());
        }
        CumulRafp rafpDuMois = CumulRafp.AUCUN;
        if (regime == RegimeRetraite.CNRACL) {
            rafpDuMois = CotisationsCnracl.ajouter(situation, remuneration, cumulRafp, temps, parametresDuMois,
                    lignes);
        } else {
            CotisationsRegimeGeneral.ajouter(situation, remuneration, temps, parametresDuMois, lignes);
        }
        BigDecimal participations = ProtectionSocialeComplementaire.ajouter(situation, parametresDuMois, lignes);
        ContributionsSociales.ajouter(remuneration.brut(), participations, parametresDuMois, lignes);
        PrelevementALaSource.ajouter(situation, parametresDuMois, lignes);
        return new BulletinCalcule(new Bulletin(mois, regime, lignes.lignes(), lignes.totaux()), rafpDuMois);
    }

    /**
     * The rappel of {@code mois} (a month already paid with {@code avant}) now that the agent's situation from
     * {@code dateEffet} is {@code apres}: the difference of every pay line, for the thirtieths of the month from the
     * date of effect (all of them when it is the first of the month or earlier), each rounded to the cent.
     *
     * @throws DonneeInvalideException with a French message when the input is invalid or a parameter is missing
     */
    public Rappel rappel(SituationAgent avant, SituationAgent apres, YearMonth mois, LocalDate dateEffet,
            List<Absence> absences) {
        if (avant == null || apres == null || mois == null || dateEffet == null || absences == null) {
            throw new DonneeInvalideException("Rappel incomplet : situations, mois et date d'effet sont requis.");
        }
        if (YearMonth.from(dateEffet).isAfter(mois)) {
            throw new DonneeInvalideException("Aucun rappel pour " + FormatFrancais.mois(mois) + " : le changement ne "
                    + "prend effet que le " + FormatFrancais.date(dateEffet) + ".");
        }
        ParametresDuMois parametresDuMois = new ParametresDuMois(parametres, mois);
        int trentiemes = parametresDuMois.valeur(CleParametre.TRENTIEMES).intValueExact();
        int jours = YearMonth.from(dateEffet).equals(mois) && dateEffet.getDayOfMonth() > 1
                ? Math.max(0, trentiemes - dateEffet.getDayOfMonth() + 1)
                : trentiemes;
        List<LigneBulletin> ancien = remuneration(avant, mois, absences, parametresDuMois);
        List<LigneBulletin> nouveau = remuneration(apres, mois, absences, parametresDuMois);
        LignesEnCours lignes = new LignesEnCours();
        BigDecimal traitement = BigDecimal.ZERO.setScale(2);
        BigDecimal nbi = BigDecimal.ZERO.setScale(2);
        List<String> codes = new ArrayList<>();
        nouveau.forEach(ligne -> codes.add(ligne.code()));
        ancien.stream().map(LigneBulletin::code).filter(code -> !codes.contains(code)).forEach(codes::add);
        for (String code : codes) {
            BigDecimal ecart = Arrondi.quotient(signe(nouveau, code).subtract(signe(ancien, code))
                    .multiply(BigDecimal.valueOf(jours)), BigDecimal.valueOf(trentiemes));
            if (ecart.signum() == 0) {
                continue;
            }
            String libelle = "Rappel " + FormatFrancais.mois(mois) + " : " + libelle(nouveau, ancien, code)
                    + (jours == trentiemes ? "" : " (" + jours + "/" + trentiemes + ")");
            if (ecart.signum() > 0) {
                lignes.gain(CodesLignes.RAPPEL + code, libelle, ecart);
            } else {
                lignes.deduction(CodesLignes.RAPPEL + code, libelle, ecart.negate());
            }
            if (code.equals(CodesLignes.TRAITEMENT_INDICIAIRE)) {
                traitement = traitement.add(ecart);
            } else if (code.equals(CodesLignes.NBI)) {
                nbi = nbi.add(ecart);
            }
        }
        return new Rappel(mois, lignes.lignes(), traitement, nbi);
    }

    /** The pay lines (gains and deductions) of a month, as the engine computes them. */
    private List<LigneBulletin> remuneration(SituationAgent situation, YearMonth mois, List<Absence> absences,
            ParametresDuMois parametresDuMois) {
        RegimeRetraite regime = regime(situation, parametresDuMois);
        ControleSituation.verifier(situation, mois, regime, parametresDuMois, grilles);
        TempsDeTravail temps = TempsDeTravail.de(situation, parametresDuMois);
        LignesEnCours lignes = new LignesEnCours();
        ElementsDeRemuneration.ajouter(situation, absences, regime, temps, parametresDuMois, lignes);
        return lignes.lignes();
    }

    /** The amount of the line with that code counted with its sign in the gross (0 when absent). */
    private static BigDecimal signe(List<LigneBulletin> lignes, String code) {
        return lignes.stream().filter(ligne -> ligne.code().equals(code))
                .map(ligne -> ligne.nature() == NatureLigne.GAIN ? ligne.montantSalarial()
                        : ligne.montantSalarial().negate())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String libelle(List<LigneBulletin> nouveau, List<LigneBulletin> ancien, String code) {
        return nouveau.stream().filter(ligne -> ligne.code().equals(code)).findFirst()
                .or(() -> ancien.stream().filter(ligne -> ligne.code().equals(code)).findFirst())
                .map(LigneBulletin::libelle).orElse(code);
    }

    /** CNRACL for a titulaire or stagiaire whose post reaches the affiliation threshold (28 h), else régime général. */
    private static RegimeRetraite regime(SituationAgent situation, ParametresDuMois parametres) {
        boolean affilie = situation.statut().estFonctionnaire() && situation.heuresHebdomadairesPoste()
                .compareTo(parametres.valeur(CleParametre.SEUIL_AFFILIATION_CNRACL)) >= 0;
        return affilie ? RegimeRetraite.CNRACL : RegimeRetraite.REGIME_GENERAL;
    }
}
