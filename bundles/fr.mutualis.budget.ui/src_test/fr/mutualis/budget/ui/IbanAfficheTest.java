package fr.mutualis.budget.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IbanAfficheTest {

    @Test
    void aClearIbanShowsItsCountryKeyAndLastFourDigitsOnly() {
        assertEquals("FR76 •••• 0189", IbanAffiche.masque("FR7630006000011234567890189"));
        assertEquals("FR76 •••• 0189", IbanAffiche.masque("FR76 3000 6000 0112 3456 7890 189"));
    }

    @Test
    void theServersMaskedIbanKeepsItsVisibleEnd() {
        assertEquals("FR76 •••• 189", IbanAffiche.masque("FR76 **** **** **** **** **** 189"));
    }

    @Test
    void noIbanShowsNothing() {
        assertEquals("", IbanAffiche.masque(null));
        assertEquals("••••", IbanAffiche.masque("FR76"));
    }
}
