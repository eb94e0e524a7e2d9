package fr.mutualis.urbanism.server.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.urbanism.api.DecisionDossier;
import fr.mutualis.urbanism.api.DossierDetail;
import fr.mutualis.urbanism.api.EtatDossier;
import fr.mutualis.urbanism.api.TypeDossier;
import fr.mutualis.urbanism.server.tests.Pdf;

class ArreteTest {

    private static final LocalDate DEPOT = LocalDate.of(2026, 3, 2);
    private static final LocalDate SIGNATURE = LocalDate.of(2026, 4, 20);

    private static String arrete(TypeDossier type, EtatDossier sens, String motivation) {
        DossierDetail dossier = Exemples.dossier(type == TypeDossier.DP ? "DP 074 049 26 00001"
                : "PC 074 049 26 00001", type, DEPOT, sens, new DecisionDossier(sens, SIGNATURE, "amartin",
                        motivation));
        return Pdf.texte(Arrete.pdf("Brizon", dossier));
    }

    @Test
    void aGrantedPermitWithPrescriptions() {
        String texte = arrete(TypeDossier.PCMI, EtatDossier.ACCORD_AVEC_PRESCRIPTIONS, "Enduit de teinte ocre.");
        assertTrue(texte.contains("Arrêté accordant un permis de construire pour une maison individuelle avec "
                + "prescriptions"), texte);
        assertTrue(texte.contains("Vu la demande de permis de construire pour une maison individuelle déposée le 2 "
                + "mars 2026 par Jérôme Dupont-Lévêque"), texte);
        assertTrue(texte.contains("ARRÊTE"), texte);
        assertTrue(texte.contains("Article 2 : Prescriptions : Enduit de teinte ocre."), texte);
        assertTrue(texte.contains("Fait à Brizon, le 20 avril 2026."), texte);
        assertTrue(texte.contains("(R424-17)"), texte);
        assertTrue(texte.contains("(R600-2)"), texte);
    }

    @Test
    void anOppositionToADeclarationGivesItsGrounds() {
        String texte = arrete(TypeDossier.DP, EtatDossier.OPPOSITION, "Hauteur supérieure à celle permise par le PLU.");
        assertTrue(texte.contains("Arrêté d'opposition à une déclaration préalable"), texte);
        assertTrue(texte.contains("Vu la déclaration préalable déposée le 2 mars 2026"), texte);
        assertTrue(texte.contains("Il est fait opposition à la déclaration préalable susvisée"), texte);
        assertTrue(texte.contains("Motifs : Hauteur supérieure"), texte);
    }

    @Test
    void noArreteWithoutAnExpressDecision() {
        DossierDetail enCours = Exemples.dossier("PC 074 049 26 00001", TypeDossier.PC, DEPOT,
                EtatDossier.EN_INSTRUCTION, null);
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> Arrete.pdf("Brizon", enCours));
        assertEquals("Pas d'arrêté pour le dossier PC 074 049 26 00001 : aucune décision expresse n'a été "
                + "enregistrée (état « complet, en instruction »).", e.getMessage());
    }
}
