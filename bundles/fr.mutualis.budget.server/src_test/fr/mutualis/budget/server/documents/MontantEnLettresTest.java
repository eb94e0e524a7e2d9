package fr.mutualis.budget.server.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bordereau is "arrêté à la somme de …" in words: the traditional French spelling of numbers. */
class MontantEnLettresTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0.00|zéro euro",
            "1.00|un euro",
            "0.01|zéro euro et un centime",
            "2.50|deux euros et cinquante centimes",
            "21.00|vingt et un euros",
            "71.00|soixante et onze euros",
            "80.00|quatre-vingts euros",
            "81.00|quatre-vingt-un euros",
            "91.00|quatre-vingt-onze euros",
            "99.99|quatre-vingt-dix-neuf euros et quatre-vingt-dix-neuf centimes",
            "100.00|cent euros",
            "200.00|deux cents euros",
            "201.00|deux cent un euros",
            "1000.00|mille euros",
            "1234.56|mille deux cent trente-quatre euros et cinquante-six centimes",
            "80000.00|quatre-vingt mille euros",
            "200000.00|deux cent mille euros",
            "1000000.00|un million d'euros",
            "2300000.00|deux millions trois cent mille euros",
            "12345678.90|douze millions trois cent quarante-cinq mille six cent soixante-dix-huit euros et quatre-vingt-dix centimes"
    })
    void writesTheAmountInFrenchWords(String montant, String attendu) {
        assertEquals(attendu, MontantEnLettres.euros(new BigDecimal(montant)));
    }
}
