package fr.mutualis.payroll.server.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class NomenclaturePcsEseTest {

    private static NomenclaturePcsEse livree() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of(NomenclaturePcsEse.FICHIER))) {
            return NomenclaturePcsEse.lire(in);
        }
    }

    @Test
    void theShippedInseeListHasTheTerritorialProfessions() throws IOException {
        NomenclaturePcsEse n = livree();
        assertEquals(429, n.taille());
        assertEquals("Adjoints administratifs des collectivités locales", n.libelle("523c"));
        assertEquals("Professions intermédiaires administratives des collectivités locales", n.libelle("451g"));
        assertEquals("Agents des polices municipales", n.libelle("531b"));
        assertNull(n.probleme("333f"));
        assertNull(n.probleme(null), "an unknown code is the caller's concern");
        assertEquals("Code PCS-ESE « 523z » absent de la nomenclature PCS-ESE 2017 de l'Insee (429 professions) : "
                + "par exemple 523c adjoints administratifs des collectivités locales, 451g professions "
                + "intermédiaires administratives des collectivités locales, 333f personnels administratifs de "
                + "catégorie A des collectivités locales.", n.probleme("523z"));
    }
}
