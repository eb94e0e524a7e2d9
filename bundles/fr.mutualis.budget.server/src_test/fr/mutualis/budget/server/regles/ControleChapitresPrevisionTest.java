package fr.mutualis.budget.server.regles;

import static fr.mutualis.budget.server.Exemples.FOURNITURES;
import static fr.mutualis.budget.server.Exemples.eur;
import static fr.mutualis.budget.server.Exemples.imputation;
import static fr.mutualis.budget.server.Exemples.mandat;
import static fr.mutualis.budget.server.Exemples.titre;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.mutualis.budget.api.Engagement;
import fr.mutualis.budget.api.Section;

/** Invariant: nothing can ever be mandated or titled on 020, 021, 022, 023, 024. */
class ControleChapitresPrevisionTest {

    @ParameterizedTest
    @CsvSource({ "INVESTISSEMENT, 020, 020", "FONCTIONNEMENT, 022, 022", "FONCTIONNEMENT, 023, 023" })
    void noMandatOnAForecastChapter(Section section, String chapitre, String article) {
        assertEquals(List.of("Le chapitre " + chapitre + " ne porte que des prévisions : aucun mandat, titre ou "
                + "engagement ne peut y être imputé (mandat n° 9/2024)."),
                ControleChapitresPrevision.verifier(mandat(9, imputation(section, chapitre, article, null), "10")));
    }

    @ParameterizedTest
    @CsvSource({ "021", "024" })
    void noTitreOnAForecastChapter(String chapitre) {
        List<String> refus = ControleChapitresPrevision.verifier(
                titre(3, imputation(Section.INVESTISSEMENT, chapitre, chapitre, null), "10"));
        assertEquals(List.of("Le chapitre " + chapitre + " ne porte que des prévisions : aucun mandat, titre ou "
                + "engagement ne peut y être imputé (titre n° 3/2024)."), refus);
    }

    @Test
    void noEngagementOnAForecastChapterEither() {
        Engagement engagement = new Engagement(2024, 5, LocalDate.of(2024, 5, 1), "Imprévu",
                imputation(Section.FONCTIONNEMENT, "022", "022", null), eur("100"));
        assertEquals(1, ControleChapitresPrevision.verifier(engagement).size());
    }

    @Test
    void ordinaryChaptersPass() {
        assertEquals(List.of(), ControleChapitresPrevision.verifier(mandat(1, FOURNITURES, "10")));
    }
}
