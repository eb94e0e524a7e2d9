package fr.mutualis.payroll.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The content of a bulletin de paie laid out for reading, the same for the PDF and for the client's payslip view
 * (so both show exactly the same thing): the employer and agent blocks, the table of lines with its section and
 * total rows, the closing figures and the mentions a French payslip carries.
 */
public record PresentationBulletin(String titre, String periode, List<Champ> employeur, List<Champ> agent,
        List<Rangee> rangees, List<Champ> recapitulatif, List<String> mentions) {

    /** Headers of the table of lines. */
    public static final List<String> COLONNES = List.of("Rubrique", "Base", "Taux salarial", "À payer", "À déduire",
            "Taux patronal", "Part patronale");

    static final String CONSERVATION = "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez "
            + "ce bulletin de paie sans limitation de durée.";
    static final String PORTAIL = "Rubrique dédiée au bulletin de paie sur le portail www.mesdroitssociaux.gouv.fr.";
    static final String PROVISOIRE = "BULLETIN PROVISOIRE : la paie du mois n'est pas encore validée.";

    /** A labelled value of a block ("Matricule", "A0012"). */
    public record Champ(String libelle, String valeur) {
    }

    /** The kind of a row of the table. */
    public enum Genre {
        SECTION, LIGNE, TOTAL
    }

    /** One row of the table, cells already formatted, in the order of {@link #COLONNES}. */
    public record Rangee(Genre genre, List<String> cellules) {
        public Rangee {
            cellules = List.copyOf(cellules);
        }
    }

    public PresentationBulletin {
        employeur = List.copyOf(employeur);
        agent = List.copyOf(agent);
        rangees = List.copyOf(rangees);
        recapitulatif = List.copyOf(recapitulatif);
        mentions = List.copyOf(mentions);
    }

    public static PresentationBulletin de(BulletinDetail detail) {
        return de(detail, code -> null);
    }

    /**
     * The payslip with the agent's grade by name: {@code nomDuGrade} gives the name of a grade code (null when it has
     * none, e.g. a bare grid code).
     *
     * @since 1.1
     */
    public static PresentationBulletin de(BulletinDetail detail, Function<String, String> nomDuGrade) {
        Bulletin bulletin = detail.bulletin();
        SituationBulletin s = detail.situation();
        TotauxBulletin t = bulletin.totaux();
        String periode = "Période du " + FormatFrancais.date(bulletin.mois().atDay(1)) + " au "
                + FormatFrancais.date(bulletin.mois().atEndOfMonth());

        List<Champ> employeur = List.of(new Champ("Employeur", detail.employeur().nom()),
                new Champ("Code INSEE / SIREN", detail.employeur().code().code()),
                new Champ("SIREN", detail.employeur().siren() == null ? "—" : detail.employeur().siren()));
        List<Champ> agent = List.of(new Champ("Agent", s.nom() + " " + s.prenom()),
                new Champ("Matricule", s.matricule()),
                new Champ("N° de sécurité sociale", s.nirMasque()),
                new Champ("Statut", s.statut().libelle()),
                new Champ("Grade (grille) et échelon", s.codeGrade() == null ? "—"
                        : grade(s.codeGrade(), nomDuGrade.apply(s.codeGrade())) + ", échelon " + s.echelon()),
                new Champ("Indice majoré", Integer.toString(s.indiceMajore())),
                new Champ("NBI", s.pointsNbi() == 0 ? "—" : s.pointsNbi() + " points"),
                new Champ("Temps de travail", s.heuresHebdomadairesPoste().stripTrailingZeros().toPlainString()
                        + " h hebdomadaires, quotité " + pourcentage(s.quotite())),
                new Champ("Régime de retraite", bulletin.regime().libelle()));

        List<Rangee> rangees = new ArrayList<>();
        section(rangees, "Éléments de rémunération");
        bulletin.lignes().stream().filter(l -> l.nature() == NatureLigne.GAIN || l.nature() == NatureLigne.DEDUCTION)
                .forEach(l -> ligne(rangees, l));
        total(rangees, "Rémunération brute", t.brut(), null, null);
        section(rangees, "Cotisations et contributions sociales");
        bulletin.lignes().stream().filter(l -> l.nature() == NatureLigne.COTISATION
                || l.nature() == NatureLigne.CONTRIBUTION_NON_DEDUCTIBLE).forEach(l -> ligne(rangees, l));
        total(rangees, "Total des cotisations et contributions", null, t.cotisationsSalariales(),
                t.chargesPatronales());
        total(rangees, "Net à payer avant impôt sur le revenu", t.netAvantImpot(), null, null);
        section(rangees, "Impôt sur le revenu");
        bulletin.lignes().stream().filter(l -> l.nature() == NatureLigne.IMPOT).forEach(l -> ligne(rangees, l));
        total(rangees, "Net payé", t.netAPayer(), null, null);

        List<Champ> recapitulatif = List.of(new Champ("Montant net social", FormatFrancais.montant(t.netAvantImpot())),
                new Champ("Net imposable", FormatFrancais.montant(t.netImposable())),
                new Champ("Impôt prélevé à la source", FormatFrancais.montant(t.prelevementALaSource())),
                new Champ("Net payé", FormatFrancais.montant(t.netAPayer()) + " €"),
                new Champ("Total versé par l'employeur", FormatFrancais.montant(t.coutEmployeur())));
        List<String> mentions = new ArrayList<>();
        if (detail.etat() != EtatPaie.VALIDEE) {
            mentions.add(PROVISOIRE);
        }
        mentions.add(CONSERVATION);
        mentions.add(PORTAIL);
        return new PresentationBulletin("Bulletin de paie — " + FormatFrancais.mois(bulletin.mois()), periode,
                employeur, agent, rangees, recapitulatif, mentions);
    }

    private static void section(List<Rangee> rangees, String titre) {
        rangees.add(new Rangee(Genre.SECTION, List.of(titre, "", "", "", "", "", "")));
    }

    private static void ligne(List<Rangee> rangees, LigneBulletin l) {
        boolean gain = l.nature() == NatureLigne.GAIN;
        boolean patronal = l.tauxPatronal() != null;
        boolean salarial = l.nature() == NatureLigne.GAIN || l.nature() == NatureLigne.DEDUCTION
                || l.tauxSalarial() != null;
        rangees.add(new Rangee(Genre.LIGNE, List.of(l.libelle(), FormatFrancais.montant(l.base()),
                FormatFrancais.taux(l.tauxSalarial()), gain ? FormatFrancais.montant(l.montantSalarial()) : "",
                !gain && salarial ? FormatFrancais.montant(l.montantSalarial()) : "",
                FormatFrancais.taux(l.tauxPatronal()), patronal ? FormatFrancais.montant(l.montantPatronal()) : "")));
    }

    private static void total(List<Rangee> rangees, String libelle, BigDecimal aPayer, BigDecimal aDeduire,
            BigDecimal patronal) {
        rangees.add(new Rangee(Genre.TOTAL, List.of(libelle, "", "", FormatFrancais.montant(aPayer),
                FormatFrancais.montant(aDeduire), "", FormatFrancais.montant(patronal))));
    }

    private static String pourcentage(BigDecimal quotite) {
        return quotite.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString().replace('.', ',')
                + " %";
    }

    private static String grade(String code, String nom) {
        return nom == null || nom.isBlank() ? code : nom + " (" + code + ")";
    }
}
