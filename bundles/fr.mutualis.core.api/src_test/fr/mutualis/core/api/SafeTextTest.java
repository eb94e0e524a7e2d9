package fr.mutualis.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void controlCharactersBecomeVisibleEscapes() {
        assertEquals("admin\\x0A2026-01-01 forged", SafeText.escape("admin\n2026-01-01 forged"));
        assertEquals("\\x1B[2J\\x0D\\x09\\x00\\x7F\\x85\\x9B", SafeText.escape("\u001b[2J\r\t\u0000\u007f\u0085\u009b"));
        assertEquals("a\\u2028b\\u202Ec\\u2066", SafeText.escape("a\u2028b\u202ec\u2066"));
    }

    @Test
    void ordinaryTextIsKeptAsIs() {
        String text = "Mairie de Nérondes — « secrétariat » 100 €";
        assertSame(text, SafeText.escape(text));
        assertNull(SafeText.escape(null));
    }
}
