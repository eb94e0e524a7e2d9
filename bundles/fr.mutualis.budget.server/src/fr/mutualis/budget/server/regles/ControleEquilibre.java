package fr.mutualis.budget.server.regles;

import static fr.mutualis.core.api.FormatMontant.euros;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import fr.mutualis.budget.api.LigneCredit;
import fr.mutualis.budget.api.RapportEquilibre;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;

/** Vote checks of a budget: balanced sections, virement between sections and ordre pairs. */
public final class ControleEquilibre {

    private ControleEquilibre() {
    }

    /**
     * @param lignes all the lines voted so far for one exercice (BP, or BP + BS + DMs), carried-forward results
     *               001/002 and restes à réaliser included
     * @return the gaps: a section where D differs from R (L1612-4) except the surpluses CJF L232-6 allows (fonctionnement
     *         up to the excédent reporté R 002, any investissement surplus); D 023 differs from R 021; an unbalanced
     *         ordre pair D 042 / R 040, D 040 / R 042, D 041 / R 041 or D 043 / R 043 (043 is still an M57 chapter)
     */
    public static RapportEquilibre verifier(List<LigneCredit> lignes) {
        Totaux totaux = new Totaux(lignes);
        List<String> ecarts = new ArrayList<>();
        List<String> observations = new ArrayList<>();
        verifierFonctionnement(totaux, ecarts, observations);
        verifierInvestissement(totaux, ecarts, observations);
        paire(totaux, "023", Section.FONCTIONNEMENT, "021", Section.INVESTISSEMENT,
                "virement de la section de fonctionnement à la section d'investissement", ecarts);
        paire(totaux, "042", Section.FONCTIONNEMENT, "040", Section.INVESTISSEMENT,
                "opérations d'ordre de transfert entre sections", ecarts);
        paire(totaux, "040", Section.INVESTISSEMENT, "042", Section.FONCTIONNEMENT,
                "opérations d'ordre de transfert entre sections", ecarts);
        paire(totaux, "041", Section.INVESTISSEMENT, "041", Section.INVESTISSEMENT, "opérations patrimoniales", ecarts);
        paire(totaux, "043", Section.FONCTIONNEMENT, "043", Section.FONCTIONNEMENT,
                "opérations d'ordre à l'intérieur de la section de fonctionnement", ecarts);
        return new RapportEquilibre(ecarts, observations);
    }

    private static void verifierFonctionnement(Totaux totaux, List<String> ecarts, List<String> observations) {
        BigDecimal depenses = totaux.section(Section.FONCTIONNEMENT, Sens.DEPENSE);
        BigDecimal recettes = totaux.section(Section.FONCTIONNEMENT, Sens.RECETTE);
        BigDecimal excedent = recettes.subtract(depenses);
        BigDecimal excedentReporte = totaux.chapitre("002", Section.FONCTIONNEMENT, Sens.RECETTE);
        if (excedent.signum() < 0) {
            ecarts.add(desequilibre(Section.FONCTIONNEMENT, depenses, recettes));
        } else if (excedent.signum() > 0 && excedent.compareTo(excedentReporte) <= 0) {
            observations.add("Section de fonctionnement votée en excédent de " + euros(excedent)
                    + ", couvert par l'excédent reporté (002) de " + euros(excedentReporte)
                    + " : admis (article L232-6 du code des juridictions financières).");
        } else if (excedent.signum() > 0) {
            ecarts.add(desequilibre(Section.FONCTIONNEMENT, depenses, recettes)
                    + (excedentReporte.signum() > 0 ? " L'excédent reporté (002) de " + euros(excedentReporte)
                            + " ne justifie que " + euros(excedentReporte) + " d'excédent." : ""));
        }
    }

    private static void verifierInvestissement(Totaux totaux, List<String> ecarts, List<String> observations) {
        BigDecimal depenses = totaux.section(Section.INVESTISSEMENT, Sens.DEPENSE);
        BigDecimal recettes = totaux.section(Section.INVESTISSEMENT, Sens.RECETTE);
        int comparaison = recettes.compareTo(depenses);
        if (comparaison < 0) {
            ecarts.add(desequilibre(Section.INVESTISSEMENT, depenses, recettes));
        } else if (comparaison > 0) {
            observations.add("Section d'investissement votée en excédent de " + euros(recettes.subtract(depenses))
                    + " : admis (article L232-6 du code des juridictions financières).");
        }
    }

    private static String desequilibre(Section section, BigDecimal depenses, BigDecimal recettes) {
        return "Section " + section.complement() + " en déséquilibre : dépenses " + euros(depenses) + ", recettes " + euros(recettes) + ", écart "
                + euros(recettes.subtract(depenses).abs()) + ".";
    }

    private static void paire(Totaux totaux, String chapitreDepense, Section sectionDepense, String chapitreRecette,
            Section sectionRecette, String objet, List<String> ecarts) {
        BigDecimal depense = totaux.chapitre(chapitreDepense, sectionDepense, Sens.DEPENSE);
        BigDecimal recette = totaux.chapitre(chapitreRecette, sectionRecette, Sens.RECETTE);
        if (depense.compareTo(recette) != 0) {
            ecarts.add("Opérations d'ordre déséquilibrées (" + objet + ") : dépenses au chapitre " + chapitreDepense
                    + " " + euros(depense) + ", recettes au chapitre " + chapitreRecette + " " + euros(recette)
                    + ", écart " + euros(depense.subtract(recette).abs()) + ".");
        }
    }

    /** Sums of the voted lines by section and direction, and by chapter. */
    private record Totaux(List<LigneCredit> lignes) {

        BigDecimal section(Section section, Sens sens) {
            return somme(lignes.stream().filter(l -> l.section() == section && l.sens() == sens).toList());
        }

        BigDecimal chapitre(String chapitre, Section section, Sens sens) {
            return somme(lignes.stream()
                    .filter(l -> l.chapitre().equals(chapitre) && l.section() == section && l.sens() == sens).toList());
        }

        private static BigDecimal somme(List<LigneCredit> lignes) {
            return lignes.stream().map(LigneCredit::montant).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }
    }
}
