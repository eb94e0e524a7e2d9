package fr.mutualis.payroll.ui.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.mutualis.payroll.api.AgentSaisie;
import fr.mutualis.payroll.api.CategorieTpp;
import fr.mutualis.payroll.api.NatureElement;
import fr.mutualis.payroll.api.Statut;

class LectureFormulaireTest {

    private static Map<ChampAgent, String> formulaire() {
        Map<ChampAgent, String> textes = new EnumMap<>(ChampAgent.class);
        textes.put(ChampAgent.MATRICULE, "A0012");
        textes.put(ChampAgent.NOM, "DUPONT");
        textes.put(ChampAgent.PRENOM, "Marie");
        textes.put(ChampAgent.NIR, "2 69 05 49 588 157 80");
        textes.put(ChampAgent.STATUT, "TITULAIRE");
        textes.put(ChampAgent.HEURES, "35");
        textes.put(ChampAgent.QUOTITE, "0,8");
        textes.put(ChampAgent.GRADE, "c2");
        textes.put(ChampAgent.ECHELON, "5");
        textes.put(ChampAgent.INDICE, "374");
        textes.put(ChampAgent.NBI, "");
        textes.put(ChampAgent.ZONE, "ZONE_3");
        textes.put(ChampAgent.ENFANTS, "2");
        textes.put(ChampAgent.IFSE, "250");
        textes.put(ChampAgent.CIA, "");
        textes.put(ChampAgent.AUTRE_LIBELLE, "Prime de fin d'année");
        textes.put(ChampAgent.AUTRE_MONTANT, "41,50");
        textes.put(ChampAgent.TPP, "C");
        textes.put(ChampAgent.PAS, "");
        textes.put(ChampAgent.ENTREE, "01/09/2015");
        return textes;
    }

    @Test
    void theProtectionSocialeComplementaireParticipationsAreReadAndShownBack() {
        Map<ChampAgent, String> textes = formulaire();
        textes.put(ChampAgent.PARTICIPATION_PREVOYANCE, "7");
        textes.put(ChampAgent.PARTICIPATION_SANTE, "15,00");
        AgentSaisie saisie = LectureFormulaire.lire(textes).saisie();
        assertEquals(List.of(NatureElement.IFSE, NatureElement.AUTRE, NatureElement.PARTICIPATION_PREVOYANCE,
                NatureElement.PARTICIPATION_SANTE), saisie.elementsIndemnitaires().stream().map(e -> e.nature())
                        .toList());
        assertEquals(new BigDecimal("15.00"), saisie.elementsIndemnitaires().get(3).montantMensuel());
        Map<ChampAgent, String> relus = LectureFormulaire.textes(saisie);
        assertEquals("7,00", relus.get(ChampAgent.PARTICIPATION_PREVOYANCE));
        assertEquals("15,00", relus.get(ChampAgent.PARTICIPATION_SANTE));
        textes.put(ChampAgent.PARTICIPATION_SANTE, "quinze");
        assertEquals(List.of("Participation santé (€/mois) : nombre attendu, « quinze » saisi."),
                LectureFormulaire.lire(textes).erreurs());
    }

    @Test
    void readsACompleteFormWithFrenchDecimalsAndBack() {
        LectureFormulaire.Lecture lecture = LectureFormulaire.lire(formulaire());

        assertEquals(List.of(), lecture.erreurs());
        AgentSaisie saisie = lecture.saisie();
        assertEquals(new BigDecimal("0.8"), saisie.quotite());
        assertEquals("C2", saisie.codeGrade());
        assertEquals(Statut.TITULAIRE, saisie.statut());
        assertEquals(CategorieTpp.C, saisie.categorieTpp());
        assertNull(saisie.tauxPasPersonnel(), "empty: the taux neutre applies");
        assertEquals(LocalDate.of(2015, 9, 1), saisie.dateEntree());
        assertEquals(List.of(NatureElement.IFSE, NatureElement.AUTRE), saisie.elementsIndemnitaires().stream()
                .map(e -> e.nature()).toList());
        assertEquals("0,8", LectureFormulaire.textes(saisie).get(ChampAgent.QUOTITE));
        assertEquals("41,50", LectureFormulaire.textes(saisie).get(ChampAgent.AUTRE_MONTANT));
        assertEquals("01/09/2015", LectureFormulaire.textes(saisie).get(ChampAgent.ENTREE));
    }

    @Test
    void listsFieldsThatCannotBeReadThenTheChecksOfTheEntry() {
        Map<ChampAgent, String> textes = formulaire();
        textes.put(ChampAgent.HEURES, "trente-cinq");
        textes.put(ChampAgent.INDICE, "380,5");
        textes.put(ChampAgent.ENTREE, "2015-09-01");
        textes.put(ChampAgent.AUTRE_LIBELLE, "");
        assertEquals(List.of("Autre prime : libellé : indiquez le libellé de la prime.",
                "Heures hebdomadaires du poste : nombre attendu, « trente-cinq » saisi.",
                "Indice majoré : nombre entier attendu, « 380,5 » saisi.",
                "Date d'entrée (JJ/MM/AAAA) : date attendue au format JJ/MM/AAAA, « 2015-09-01 » saisi."),
                LectureFormulaire.lire(textes).erreurs());

        Map<ChampAgent, String> incoherent = formulaire();
        incoherent.put(ChampAgent.NIR, "269054958815781");
        incoherent.put(ChampAgent.QUOTITE, "1,5");
        assertEquals(List.of("NIR invalide : la clé (deux derniers chiffres) ne correspond pas au numéro. Vérifiez la "
                + "saisie.", "Quotité de travail invalide : 1.5. Attendu : un nombre dans ]0 ; 1], par exemple 0.8 pour "
                + "un temps partiel à 80 %."), LectureFormulaire.lire(incoherent).erreurs());
    }

    @Test
    void theGradeChosenByNameGivesItsCodeAndATypedGridCodeIsKept() {
        assertEquals("ADJ-ADM-P2",
                LectureFormulaire.codeGrade("Adjoint administratif principal de 2e classe (ADJ-ADM-P2)"));
        assertEquals("C2", LectureFormulaire.codeGrade(" C2 "));
        assertEquals("", LectureFormulaire.codeGrade(null));
        Map<ChampAgent, String> textes = formulaire();
        textes.put(ChampAgent.GRADE, "Rédacteur (REDACTEUR)");
        assertEquals("REDACTEUR", LectureFormulaire.lire(textes).saisie().codeGrade());
    }

    @Test
    void readsTheBankAccountAsTypedAndRefusesABadIban() {
        Map<ChampAgent, String> textes = formulaire();
        textes.put(ChampAgent.IBAN, "fr76 3000 4000 0312 3456 7890 143");
        textes.put(ChampAgent.BIC, "bnpafrpp");
        LectureFormulaire.Lecture lecture = LectureFormulaire.lire(textes);
        assertEquals(List.of(), lecture.erreurs());
        assertEquals("FR7630004000031234567890143", lecture.saisie().compteBancaire().iban());
        assertEquals("BNPAFRPP", LectureFormulaire.textes(lecture.saisie()).get(ChampAgent.BIC));

        textes.put(ChampAgent.IBAN, "FR76 3000 4000 0312 3456 7890 144");
        assertEquals(List.of("IBAN invalide : la clé de contrôle (3e et 4e caractères) ne correspond pas au numéro. "
                + "Vérifiez la saisie sur le relevé d'identité bancaire."), LectureFormulaire.lire(textes).erreurs());
        assertNull(LectureFormulaire.lire(formulaire()).saisie().compteBancaire(), "both empty: entered later");
    }
}
