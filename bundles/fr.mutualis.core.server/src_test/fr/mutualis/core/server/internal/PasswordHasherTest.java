package fr.mutualis.core.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one way accounts get a password hash: the given password's, or a generated one's, shown once. */
class PasswordHasherTest {

    @Test
    void hashesTheGivenPasswordAndGeneratesNone() {
        PasswordHasher.Hashed hashed = PasswordHasher.hashOrGenerate("mot-de-passe-choisi");

        assertNull(hashed.generated());
        assertTrue(PasswordHasher.matches("mot-de-passe-choisi", hashed.hash()));
        assertFalse(PasswordHasher.matches("autre-mot-de-passe", hashed.hash()));
    }

    @Test
    void generatesAPasswordWhenNoneIsGivenAndHashesThatOne() {
        PasswordHasher.Hashed hashed = PasswordHasher.hashOrGenerate(null);

        assertEquals(16, hashed.generated().length());
        assertTrue(hashed.generated().matches("[a-km-zA-HJ-NP-Z2-9]{16}"), hashed.generated());
        assertTrue(PasswordHasher.matches(hashed.generated(), hashed.hash()));
        assertFalse(hashed.hash().contains(hashed.generated()));
    }
}
