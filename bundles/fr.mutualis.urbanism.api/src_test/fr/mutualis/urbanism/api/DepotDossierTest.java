package fr.mutualis.urbanism.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.DonneeInvalideException;

/** Parcels, applicants and filing requests: validation, normalization, serialization. */
class DepotDossierTest {

    @Test
    void parcelsAreValidatedAndNormalized() {
        assertEquals("AB 12", new Parcelle(" ab ", 12).libelle());
        assertEquals("0A 1", new Parcelle("0a", 1).libelle());
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> new Parcelle("A1", 3));
        assertEquals("Section cadastrale invalide : « A1 ». Attendu : 1 ou 2 lettres, ou un zéro suivi d'une lettre "
                + "(ex. AB, C, 0A).", e.getMessage());
        assertThrows(DonneeInvalideException.class, () -> new Parcelle(null, 3));
        assertThrows(DonneeInvalideException.class, () -> new Parcelle("ABC", 3));
        assertEquals("Numéro de parcelle invalide dans la section AB : 0. Attendu : de 1 à 9999.",
                assertThrows(DonneeInvalideException.class, () -> new Parcelle("AB", 0)).getMessage());
        assertThrows(DonneeInvalideException.class, () -> new Parcelle("AB", 10_000));
    }

    @Test
    void blankFieldsBecomeEmptyStringsAndListsAreCopied() {
        Petitionnaire p = new Petitionnaire(" SCI Les Tilleuls ", null, " 3 rue Haute ", null);
        assertEquals("SCI Les Tilleuls", p.designation());
        assertEquals("", p.courriel());
        assertEquals("Marie Durand", new Petitionnaire("Durand", "Marie", "", "").designation());
        DepotDossier depot = DepotDossier.initial(TypeDossier.PCMI, LocalDate.of(2026, 3, 2), CanalDepot.PAPIER,
                null, p, null, null, null);
        assertEquals("", depot.cerfa());
        assertEquals(List.of(), depot.parcelles());
        assertNull(depot.permisInitial());
        DepotDossier modificatif = depot.rattacheA(NatureSuffixe.MODIFICATIF, " PC 074 049 26 00001 ");
        assertEquals("PC 074 049 26 00001", modificatif.permisInitial());
        assertEquals(CasRefusTacite.R424_3, depot.avecRefusTacite(CasRefusTacite.R424_3).casRefusTacite());
    }

    @Test
    void aFilingRequestCrossesTheWire() throws IOException, ClassNotFoundException {
        DepotDossier depot = DepotDossier.initial(TypeDossier.DP, LocalDate.of(2026, 3, 2), CanalDepot.ELECTRONIQUE,
                "13703*08", new Petitionnaire("Durand", "Marie", "1 place de l'Église", "marie@example.org"),
                "Lieu-dit Les Prés", List.of(new Parcelle("AB", 12), new Parcelle("AC", 3)), "Abri de jardin");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(depot);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(depot, in.readObject());
        }
    }

    @Test
    void aFileIsCopiedInAndOut() {
        byte[] contenu = { 1, 2, 3 };
        Fichier fichier = new Fichier("a.pdf", "application/pdf", contenu);
        contenu[0] = 9;
        fichier.contenu()[1] = 9;
        assertEquals(1, fichier.contenu()[0]);
        assertEquals(2, fichier.contenu()[1]);
        assertEquals(3, fichier.taille());
    }
}
