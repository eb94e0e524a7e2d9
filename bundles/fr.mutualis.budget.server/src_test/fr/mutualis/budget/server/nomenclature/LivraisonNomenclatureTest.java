package fr.mutualis.budget.server.nomenclature;

import static fr.mutualis.budget.server.Exemples.NOMENCLATURE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** The shipped plans are byte-identical to the official files and travel with their licences into the bundle. */
class LivraisonNomenclatureTest {

    @Test
    void shippedPlansAreTheOfficialFiles() throws Exception {
        assertEquals("4610ebed807421d63c2bfc6651293986d1cbcf08a50504d80f85deb3f1111e23", sha256("2024/M57_A/planDeCompte.xml"));
        assertEquals("162862635f3c2627fcc4cbdd0a7f7079cf048e73fc3cf68e632ed8bb11ede60f", sha256("2024/M57_D/planDeCompte.xml"));
    }

    @Test
    void licenceHeaderAndNoticesAreShipped() throws IOException {
        for (String declinaison : new String[] { "M57_A", "M57_D" }) {
            String xml = Files.readString(NOMENCLATURE.resolve("2024/" + declinaison + "/planDeCompte.xml"));
            assertTrue(xml.contains("GNU Lesser General Public License") && xml.contains("2010 axYus"), declinaison);
        }
        assertTrue(Files.readString(NOMENCLATURE.resolve("LICENSE-LGPL-2.1.txt")).contains("LESSER GENERAL PUBLIC LICENSE"));
        assertTrue(Files.readString(NOMENCLATURE.resolve("LICENSE-yatotem2scdl-MIT.txt")).contains("MIT License"));
        String source = Files.readString(NOMENCLATURE.resolve("SOURCE.md"));
        assertTrue(source.contains("megalis-bretagne/yatotem2scdl") && source.contains("odm-budgetaire.org"));
    }

    @Test
    void buildPropertiesPacksTheFolderIntoTheBundle() throws IOException {
        String build = Files.readString(Path.of("build.properties"));
        assertTrue(build.matches("(?s).*bin\\.includes\\s*=.*nomenclature/.*"), build);
    }

    private static String sha256(String chemin) throws IOException, NoSuchAlgorithmException {
        byte[] octets = Files.readAllBytes(NOMENCLATURE.resolve(chemin));
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(octets));
    }
}
