package fr.mutualis.payroll.budget.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.mutualis.budget.api.Declinaison;
import fr.mutualis.budget.api.LigneDuLot;
import fr.mutualis.budget.api.LotMandats;
import fr.mutualis.budget.api.MandatDuLot;
import fr.mutualis.budget.api.Tiers;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.payroll.api.FormatFrancais;
import fr.mutualis.payroll.api.JournalPaie;
import fr.mutualis.payroll.api.TotalArticle;

/**
 * The lot of mandats of a validated month: one mandat per payee, each with one line per budget article of the
 * payroll journal. The journal's articles are the M57 développée leaf accounts; for a budget in M57 abrégée they are
 * summed on the abrégée accounts (6411, 6413, 6450, 633). The payees are tiers of the collectivity's répertoire,
 * found by the reference the collectivity gave them (PES {@code RefTiers}).
 */
final class LotPaie {

    /** A payee of the payroll: its reference in the répertoire, what it is, and the article prefixes it receives. */
    enum Beneficiaire {
        PERSONNEL("PAIE-PERSONNEL", "le personnel (rémunérations brutes)", "REMUNERATIONS", "641"),
        URSSAF("PAIE-URSSAF", "l'URSSAF (cotisations sociales et FNAL)", "URSSAF", "6451", "6332"),
        RETRAITE("PAIE-RETRAITE", "les caisses de retraite (CNRACL, RAFP, IRCANTEC)", "RETRAITE", "6453"),
        CNFPT_CDG("PAIE-CNFPT-CDG", "le CNFPT et le centre de gestion", "CNFPT ET CDG", "6336");

        private final String reference;
        private final String description;
        private final String objet;
        private final List<String> prefixes;

        Beneficiaire(String reference, String description, String objet, String... prefixes) {
            this.reference = reference;
            this.description = description;
            this.objet = objet;
            this.prefixes = List.of(prefixes);
        }

        String reference() {
            return reference;
        }

        static Beneficiaire de(String article) {
            for (Beneficiaire beneficiaire : values()) {
                if (beneficiaire.prefixes.stream().anyMatch(article::startsWith)) {
                    return beneficiaire;
                }
            }
            throw new IllegalStateException("No payee for payroll article " + article);
        }
    }

    /** PES ModRegl of a virement. */
    private static final String VIREMENT = "03";

    private LotPaie() {
    }

    /**
     * @param tiers the collectivity's tiers by their reference
     * @param jour  the validation day
     * @throws DonneeInvalideException naming every payee missing from the répertoire
     */
    static LotMandats lot(JournalPaie journal, Declinaison declinaison, Map<String, Tiers> tiers, LocalDate jour) {
        Map<Beneficiaire, Map<String, BigDecimal>> parBeneficiaire = new EnumMap<>(Beneficiaire.class);
        for (TotalArticle article : journal.articles()) {
            if (article.montant().signum() != 0) {
                parBeneficiaire.computeIfAbsent(Beneficiaire.de(article.article()), b -> new LinkedHashMap<>())
                        .merge(article(article.article(), declinaison), article.montant(), BigDecimal::add);
            }
        }
        List<String> manquants = new ArrayList<>();
        parBeneficiaire.keySet().stream().filter(b -> !tiers.containsKey(b.reference)).forEach(b -> manquants.add(
                "Tiers de paie manquant dans le répertoire du budget : enregistrez " + b.description
                        + " avec la référence « " + b.reference + " » avant de valider la paie."));
        if (!manquants.isEmpty()) {
            throw new DonneeInvalideException(manquants);
        }
        String mois = FormatFrancais.mois(journal.paie().mois()).toUpperCase(Locale.FRANCE);
        List<MandatDuLot> mandats = new ArrayList<>();
        parBeneficiaire.forEach((beneficiaire, articles) -> mandats.add(new MandatDuLot(
                "PAIE " + mois + " - " + beneficiaire.objet, tiers.get(beneficiaire.reference), VIREMENT,
                articles.entrySet().stream().map(a -> new LigneDuLot(a.getKey(), null, a.getValue(),
                        "Paie " + FormatFrancais.deMois(journal.paie().mois()))).toList(), List.of())));
        int exercice = journal.paie().mois().getYear();
        return new LotMandats(exercice, null, dateDansExercice(jour, exercice), "PAIE " + mois, mandats);
    }

    /** The article of the budget's chart: développée leaf accounts as they are, abrégée ones summed. */
    static String article(String developpe, Declinaison declinaison) {
        if (declinaison == Declinaison.M57_D) {
            return developpe;
        }
        if (developpe.startsWith("6411") || developpe.startsWith("6413")) {
            return developpe.substring(0, 4);
        }
        if (developpe.startsWith("645")) {
            return "6450";
        }
        if (developpe.startsWith("633")) {
            return "633";
        }
        throw new IllegalStateException("No M57 abrégée account for " + developpe);
    }

    /** The validation day, or the first or last day of the exercice when the month is paid outside it. */
    static LocalDate dateDansExercice(LocalDate jour, int exercice) {
        LocalDate debut = LocalDate.of(exercice, 1, 1);
        LocalDate fin = LocalDate.of(exercice, 12, 31);
        return jour.isBefore(debut) ? debut : jour.isAfter(fin) ? fin : jour;
    }
}
