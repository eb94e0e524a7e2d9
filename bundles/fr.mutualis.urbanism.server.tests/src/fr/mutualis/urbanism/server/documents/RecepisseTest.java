package fr.mutualis.urbanism.server.documents;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.mutualis.urbanism.api.CasRefusTacite;
import fr.mutualis.urbanism.api.DonneesInstruction;
import fr.mutualis.urbanism.api.DossierDetail;
import fr.mutualis.urbanism.api.EtatDossier;
import fr.mutualis.urbanism.api.ResultatDelais;
import fr.mutualis.urbanism.api.TypeDossier;
import fr.mutualis.urbanism.server.tests.Pdf;

class RecepisseTest {

    private static final LocalDate DEPOT = LocalDate.of(2026, 3, 2);

    private static String recepisse(DossierDetail dossier, ResultatDelais delais, LocalDate finPremierMois) {
        return Pdf.texte(Recepisse.pdf("Brizon", dossier, delais, finPremierMois));
    }

    @Test
    void statesTheDateLimiteAndTheTacitPermit() {
        DossierDetail pcmi = Exemples.dossier("PC 074 049 26 00001", TypeDossier.PCMI, DEPOT, EtatDossier.DEPOSE,
                null);
        String texte = recepisse(pcmi, pcmi.delais(), LocalDate.of(2026, 4, 2));
        assertTrue(texte.contains("Commune de Brizon"), texte);
        assertTrue(texte.contains("Récépissé de dépôt de la demande de permis de construire pour une maison "
                + "individuelle"), texte);
        assertTrue(texte.contains("PC 074 049 26 00001"), texte);
        assertTrue(texte.contains("2 mars 2026"), texte);
        assertTrue(texte.contains("Date limite d'instruction : 02/05/2026"), texte);
        assertTrue(texte.contains("vous bénéficierez à compter du 03/05/2026 d'un permis tacite (article R424-1"),
                texte);
        assertTrue(texte.contains("soit au plus tard le 02/04/2026"), texte);
        assertTrue(texte.contains("Jérôme Dupont-Lévêque"), texte);
        assertTrue(texte.contains("Chemin des Œillets"), texte);
        assertTrue(texte.contains("AB 12, AB 13"), texte);
        assertTrue(texte.contains("(L424-5)"), texte);
    }

    @Test
    void aDeclarationGetsATacitNonOpposition() {
        DossierDetail dp = Exemples.dossier("DP 074 049 26 00004", TypeDossier.DP, DEPOT, EtatDossier.DEPOSE, null);
        String texte = recepisse(dp, dp.delais(), LocalDate.of(2026, 4, 2));
        assertTrue(texte.contains("Récépissé de dépôt de la déclaration préalable"), texte);
        assertTrue(texte.contains("Date limite d'instruction : 02/04/2026"), texte);
        assertTrue(texte.contains("d'une décision de non-opposition tacite à votre déclaration"), texte);
    }

    @Test
    void whenSilenceMeansRefusalTheReceiptSaysSo() {
        DossierDetail pc = Exemples.dossier("PC 074 049 26 00002", TypeDossier.PC, DEPOT, EtatDossier.DEPOSE, null);
        DossierDetail refus = new DossierDetail(pc.resume(), pc.canal(), pc.cerfa(), pc.petitionnaire(),
                pc.parcelles(), pc.description(), CasRefusTacite.R424_3, null, pc.dossiersLies(),
                pc.demandesPieces(), pc.majorations(), pc.delais(), null, pc.historique(), pc.etatsPossibles());
        ResultatDelais delais = Exemples.MOTEUR.calculer(new DonneesInstruction(TypeDossier.PC, DEPOT,
                java.util.List.of(), java.util.List.of(), CasRefusTacite.R424_3));
        String texte = recepisse(refus, delais, LocalDate.of(2026, 4, 2));
        assertTrue(texte.contains("le silence de l'administration vaut refus (article R424-3"), texte);
        assertTrue(texte.contains("votre demande sera tacitement rejetée à compter du 03/06/2026"), texte);
        assertFalse(texte.contains("permis tacite"), texte);
    }

    @Test
    void aTacitCertificateFreezesTheRules() {
        DossierDetail cub = Exemples.dossier("CU 074 049 26 00001", TypeDossier.CUb, DEPOT, EtatDossier.DEPOSE,
                null);
        String texte = recepisse(cub, cub.delais(), null);
        assertTrue(texte.contains("certificat d'urbanisme tacite"), texte);
        assertTrue(texte.contains("jusqu'au 02/11/2027"), texte);
        assertFalse(texte.contains("dans le mois qui suit le dépôt"), texte);
    }
}
