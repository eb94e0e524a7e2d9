package fr.mutualis.payroll.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The content of a bulletin de paie laid out for reading, the same for the PDF and for the client's payslip view
 * (so both show exactly the same thing): the employer and agent blocks, the table of lines with its section and
 * total rows, the closing figures (then the year-to-date totals, labels starting with {@link #CUMUL}) and the
 * mentions a French payslip carries.
 */
public record PresentationBulletin(String titre, String periode, List<Champ> employeur, List<Champ> agent,
        List<Rangee> rangees, List<Champ> recapitulatif, List<String> mentions) implements Serializable {

    /** Start of the labels of the year-to-date totals in {@link #recapitulatif()}. */
    public static final String CUMUL = "Cumul ";

    /** Headers of the table of lines. */
    public static final List<String> COLONNES = List.of("Rubrique", "Base", "Taux salarial", "À payer", "À déduire",
            "Taux patronal", "Part patronale");

    static final String CONSERVATION = "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez "
            + "ce bulletin de paie sans limitation de durée.";
    static final String PORTAIL = "Rubrique dédiée au bulletin de paie sur le portail www.mesdroitssociaux.gouv.fr.";
    static final String PROVISOIRE = "BULLETIN PROVISOIRE : la paie du mois n'est pas encore validée.";

    /** A labelled value of a block ("Matricule", "A0012"). */
    public record Champ(String libelle, String valeur) implements Serializable {
    }

    /** The kind of a row of the table. */
    public enum Genre {
        SECTION, LIGNE, TOTAL
    }

    /** One row of the table, cells already formatted, in the order of {@link #COLONNES}. */
    public record Rangee(Genre genre, List<String> cellules) implements Serializable {
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

    /** The payslip with the NIR masked and without employer address, grade name or year-to-date totals. */
    public static PresentationBulletin de(BulletinDetail detail) {
        return de(detail, null);
    }

    /**
     * The complete payslip: the employer's address and SIRET, the agent's full NIR, the grade by name, the
     * year-to-date totals and the period's absences, as {@code complements} gives them (null: as {@link #de(BulletinDetail)}).
     */
    public static PresentationBulletin de(BulletinDetail detail, ComplementsBulletin complements) {
        Bulletin bulletin = detail.bulletin();
        SituationBulletin s = detail.situation();
        TotauxBulletin t = bulletin.totaux();
        String periode = "Période du " + FormatFrancais.date(bulletin.mois().atDay(1)) + " au "
                + FormatFrancais.date(bulletin.mois().atEndOfMonth());

        List<Champ> employeur = new ArrayList<>();
        employeur.add(new Champ("Employeur", detail.employeur().nom()));
        if (complements != null) {
            employeur.add(new Champ("Adresse", tiret(complements.adresseEmployeur())));
            employeur.add(new Champ("SIRET", complements.siret() == null ? "— (non renseigné)"
                    : groupe(complements.siret(), 3, 3, 3, 5)));
        }
        employeur.add(new Champ("Code INSEE / SIREN", detail.employeur().code().code()));
        employeur.add(new Champ("SIREN", detail.employeur().siren() == null ? "—" : detail.employeur().siren()));
        List<Champ> agent = new ArrayList<>();
        agent.add(new Champ("Agent", s.nom() + " " + s.prenom()));
        agent.add(new Champ("Matricule", s.matricule()));
        agent.add(new Champ("N° de sécurité sociale", complements == null || complements.nir() == null ? s.nirMasque()
                : groupe(complements.nir(), 1, 2, 2, 2, 3, 3, 2)));
        agent.add(new Champ("Statut", s.statut().libelle()));
        String grade = complements == null || complements.libelleGrade() == null ? s.codeGrade()
                : complements.libelleGrade();
        agent.add(new Champ("Grade (grille) et échelon", s.codeGrade() == null ? "—" : grade + ", échelon " + s.echelon()));
        agent.add(new Champ("Indice majoré", Integer.toString(s.indiceMajore())));
        agent.add(new Champ("NBI", s.pointsNbi() == 0 ? "—" : s.pointsNbi() + " points"));
        agent.add(new Champ("Temps de travail", s.heuresHebdomadairesPoste().stripTrailingZeros().toPlainString()
                + " h hebdomadaires, quotité " + pourcentage(s.quotite())));
        agent.add(new Champ("Régime de retraite", bulletin.regime().libelle()));
        if (complements != null && !complements.absences().isEmpty()) {
            agent.add(new Champ("Absences de la période", String.join(" ; ", complements.absences())));
        }

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

        List<Champ> recapitulatif = new ArrayList<>(List.of(
                new Champ("Montant net social", FormatFrancais.montant(t.netAvantImpot())),
                new Champ("Net imposable", FormatFrancais.montant(t.netImposable())),
                new Champ("Impôt prélevé à la source", FormatFrancais.montant(t.prelevementALaSource())),
                new Champ("Net payé", FormatFrancais.montant(t.netAPayer()) + " €"),
                new Champ("Total versé par l'employeur", FormatFrancais.montant(t.coutEmployeur()))));
        if (complements != null && complements.cumuls() != null) {
            CumulsAnnuels c = complements.cumuls();
            recapitulatif.add(new Champ(CUMUL + "de l'année", FormatFrancais.mois(c.depuis()).equals(
                    FormatFrancais.mois(c.jusquA())) ? FormatFrancais.mois(c.jusquA())
                            : FormatFrancais.mois(c.depuis()) + " à " + FormatFrancais.mois(c.jusquA())));
            recapitulatif.add(new Champ(CUMUL + "brut", FormatFrancais.montant(c.brut())));
            recapitulatif.add(new Champ(CUMUL + "net imposable", FormatFrancais.montant(c.netImposable())));
            recapitulatif.add(new Champ(CUMUL + "impôt prélevé à la source",
                    FormatFrancais.montant(c.prelevementALaSource())));
        }
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

    private static String tiret(String texte) {
        return texte == null || texte.isBlank() ? "—" : texte;
    }

    /** "185057800608436" grouped 1,2,2,2,3,3,2 gives "1 85 05 78 006 084 36"; any other length is left as it is. */
    private static String groupe(String texte, int... tailles) {
        int total = 0;
        for (int taille : tailles) {
            total += taille;
        }
        if (texte.length() != total) {
            return texte;
        }
        StringBuilder sb = new StringBuilder();
        int debut = 0;
        for (int taille : tailles) {
            sb.append(sb.isEmpty() ? "" : " ").append(texte, debut, debut + taille);
            debut += taille;
        }
        return sb.toString();
    }

    private static String pourcentage(BigDecimal quotite) {
        return quotite.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString().replace('.', ',')
                + " %";
    }
}
