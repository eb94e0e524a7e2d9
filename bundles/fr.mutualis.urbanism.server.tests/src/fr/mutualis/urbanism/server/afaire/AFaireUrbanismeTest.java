package fr.mutualis.urbanism.server.afaire;

import static fr.mutualis.urbanism.server.tests.Essais.aujourdhui;
import static fr.mutualis.urbanism.server.tests.Essais.deposer;
import static fr.mutualis.urbanism.server.tests.Essais.depot;
import static fr.mutualis.urbanism.server.tests.Essais.instructeur;
import static fr.mutualis.urbanism.server.tests.Essais.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.LigneAFaire;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.admin.Administration;
import fr.mutualis.core.server.spi.ContributionAFaire;
import fr.mutualis.testing.OsgiServices;
import fr.mutualis.urbanism.api.DossierDetail;
import fr.mutualis.urbanism.api.TypeDossier;
import fr.mutualis.urbanism.server.tests.Essais;

/** The urbanism lines of « À faire »: the commune's dossiers whose date limite falls within 15 days, and only those. */
class AFaireUrbanismeTest {

    @Test
    void dossiersDueWithinFifteenDaysAreListedWithWhereToOpenThem() {
        CollectiviteId commune = Essais.communeNeuve();
        Collectivite c = Essais.console(() -> OsgiServices.service(Administration.class).show(commune.code()))
                .collectivite();
        DossierDetail dans10 = deposer(commune, depot(TypeDossier.DP, aujourdhui().minusMonths(1).plusDays(10)));
        deposer(commune, depot(TypeDossier.PCMI, aujourdhui())); // due in two months: not yet

        List<LigneAFaire> lignes = instructeur(commune, () -> new AFaireUrbanisme(service()).lignes(c,
                Set.of(Role.URBANISME_INSTRUCTEUR)));

        assertEquals(1, lignes.size(), lignes.toString());
        LigneAFaire ligne = lignes.get(0);
        assertEquals(commune, ligne.collectivite());
        assertEquals("urbanisme", ligne.module());
        assertEquals(dans10.resume().dateLimite(), ligne.echeance());
        assertEquals("urbanisme.dossier", ligne.cible());
        assertEquals(dans10.numero(), ligne.reference());
        assertEquals(TypeDossier.DP.libelle() + " " + dans10.numero() + " (" + dans10.resume().petitionnaire() + ", "
                + dans10.etat().libelle() + ") : décision à prendre — 10 jour(s) restant(s), sinon "
                + dans10.resume().issueTacite().libelle(TypeDossier.DP), ligne.quoi());
    }

    @Test
    void theCoreSeesTheContributionAsADeclarativeServiceWithTheModuleAndItsRoles() throws Exception {
        OsgiServices.await("the urbanism contribution to « À faire »", () -> OsgiServices.hasService(
                "(component.name=" + AFaireUrbanisme.class.getName() + ")"));
        var contexte = OsgiServices.contextOf(AFaireUrbanismeTest.class);
        ContributionAFaire contribution = contexte.getServiceReferences(ContributionAFaire.class,
                "(component.name=" + AFaireUrbanisme.class.getName() + ")").stream().map(contexte::getService)
                .findFirst().orElseThrow();
        assertEquals("urbanisme", contribution.module());
        assertEquals(Set.of(Role.URBANISME_INSTRUCTEUR, Role.SAISIE), contribution.roles());
        assertTrue(contribution instanceof AFaireUrbanisme);
    }
}
