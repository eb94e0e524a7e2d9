package fr.mutualis.urbanism.server.internal;

import static fr.mutualis.urbanism.server.tests.Essais.aujourdhui;
import static fr.mutualis.urbanism.server.tests.Essais.depot;
import static fr.mutualis.urbanism.server.tests.Essais.deposer;
import static fr.mutualis.urbanism.server.tests.Essais.instructeur;
import static fr.mutualis.urbanism.server.tests.Essais.secretaire;
import static fr.mutualis.urbanism.server.tests.Essais.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.urbanism.api.DossierDetail;
import fr.mutualis.urbanism.api.EtatDossier;
import fr.mutualis.urbanism.api.Fichier;
import fr.mutualis.urbanism.api.TypeDossier;
import fr.mutualis.urbanism.server.tests.Essais;
import fr.mutualis.urbanism.server.tests.Pdf;

/** Documents through the service, read back: receipt, arrêté, register. */
class DocumentsServiceTest {

    private final CollectiviteId commune = Essais.communeNeuve();

    @Test
    void theReceiptStatesTheDateLimiteAndTheTacitOutcome() {
        DossierDetail d = deposer(commune, depot(TypeDossier.PCMI, aujourdhui()));
        Fichier recepisse = secretaire(commune, () -> service().recepisse(commune, d.numero()));
        assertEquals("recepisse-" + d.numero().replace(" ", "") + ".pdf", recepisse.nom());
        assertEquals("application/pdf", recepisse.typeMime());
        String texte = Pdf.texte(recepisse.contenu());
        assertTrue(texte.contains("Commune de Commune d'essai " + commune.code()), texte);
        assertTrue(texte.contains(d.numero()), texte);
        assertTrue(texte.contains("Date limite d'instruction : " + Textes.date(d.resume().dateLimite())), texte);
        assertTrue(texte.contains("d'un permis tacite (article R424-1"), texte);
    }

    @Test
    void theArreteExistsOnceTheDecisionIsTaken() {
        DossierDetail d = deposer(commune, depot(TypeDossier.DP, aujourdhui()));
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> instructeur(commune, () -> service().arrete(commune, d.numero())));
        assertTrue(e.getMessage().startsWith("Pas d'arrêté pour le dossier " + d.numero()), e.getMessage());
        instructeur(commune, () -> service().declarerComplet(commune, d.numero(), null));
        instructeur(commune, () -> service().statuer(commune, d.numero(), EtatDossier.ACCORD, aujourdhui(), ""));
        String texte = Pdf.texte(instructeur(commune, () -> service().arrete(commune, d.numero())).contenu());
        assertTrue(texte.contains("Arrêté de non-opposition à une déclaration préalable"), texte);
        assertTrue(texte.contains("Il n'est pas fait opposition à la déclaration préalable susvisée."), texte);
    }

    @Test
    void theRegisterListsTheYearsApplicationsAsCsvAndPdf() {
        DossierDetail d1 = deposer(commune, depot(TypeDossier.DP, aujourdhui()));
        DossierDetail d2 = deposer(commune, depot(TypeDossier.PC, aujourdhui()));
        int annee = aujourdhui().getYear();
        Fichier csv = secretaire(commune, () -> service().registreCsv(commune, annee));
        assertEquals("registre-urbanisme-" + commune.code() + "-" + annee + ".csv", csv.nom());
        String[] lignes = new String(csv.contenu(), StandardCharsets.UTF_8).split("\r\n");
        assertEquals(3, lignes.length);
        assertTrue(lignes[1].startsWith(d1.numero() + ";DP;") || lignes[2].startsWith(d1.numero() + ";DP;"));
        assertTrue(String.join("\n", lignes).contains(d2.numero() + ";PC;"));
        String pdf = Pdf.texte(secretaire(commune, () -> service().registrePdf(commune, annee)).contenu());
        assertTrue(pdf.contains(d1.numero()) && pdf.contains(d2.numero()), pdf);
        assertTrue(pdf.contains("2 demande(s)"), pdf);
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> secretaire(commune, () -> service().registreCsv(commune, annee + 1)));
        assertEquals("Année du registre invalide : " + (annee + 1) + ". Attendu : de 2007 à " + annee + ".",
                e.getMessage());
    }
}
