package fr.mutualis.urbanism.server.internal;

import static fr.mutualis.urbanism.server.tests.Essais.aujourdhui;
import static fr.mutualis.urbanism.server.tests.Essais.depot;
import static fr.mutualis.urbanism.server.tests.Essais.deposer;
import static fr.mutualis.urbanism.server.tests.Essais.instructeur;
import static fr.mutualis.urbanism.server.tests.Essais.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.IntrouvableException;
import fr.mutualis.urbanism.api.CodeInsee;
import fr.mutualis.urbanism.api.DepotDossier;
import fr.mutualis.urbanism.api.DossierDetail;
import fr.mutualis.urbanism.api.DossierResume;
import fr.mutualis.urbanism.api.EtatDossier;
import fr.mutualis.urbanism.api.EvenementDossier;
import fr.mutualis.urbanism.api.IssueTacite;
import fr.mutualis.urbanism.api.NatureEvenement;
import fr.mutualis.urbanism.api.NatureSuffixe;
import fr.mutualis.urbanism.api.Parcelle;
import fr.mutualis.urbanism.api.TypeDossier;
import fr.mutualis.urbanism.server.tests.Essais;
import fr.mutualis.urbanism.server.tests.Essais.Traces;

/** Filing through the service: numbering from the INSEE code, stored facts, deadlines, history, refusals. */
class DepotTest {

    private static String prefixeNumero(TypeDossier type, CollectiviteId commune, LocalDate date) {
        CodeInsee insee = new CodeInsee(commune.code());
        return type.prefixeNumero() + " " + insee.departementA423() + " " + insee.communeA423() + " "
                + String.format("%02d", date.getYear() % 100) + " ";
    }

    @Test
    void aFilingIsNumberedStoredAndJournaled() {
        CollectiviteId commune = Essais.communeNeuve();
        LocalDate depot = aujourdhui();
        DossierDetail d = deposer(commune, depot(TypeDossier.PCMI, depot));

        assertEquals(prefixeNumero(TypeDossier.PCMI, commune, depot) + "00001", d.numero());
        assertEquals(EtatDossier.DEPOSE, d.etat());
        assertEquals(depot.plusMonths(2), d.resume().dateLimite());
        assertEquals(IssueTacite.ACCORD_TACITE, d.resume().issueTacite());
        assertEquals(Math.toIntExact(ChronoUnit.DAYS.between(depot, depot.plusMonths(2))),
                d.resume().joursRestants());
        assertEquals("Marie Durand", d.resume().petitionnaire());
        assertEquals("AB 12", d.parcelles().get(0).libelle());
        assertEquals("13406*07", d.cerfa());
        assertEquals(EnumSet.of(EtatDossier.INCOMPLET, EtatDossier.EN_INSTRUCTION, EtatDossier.MAJORE,
                EtatDossier.RETIRE), d.etatsPossibles());
        EvenementDossier depotJournal = d.historique().get(0);
        assertEquals(NatureEvenement.DEPOT, depotJournal.nature());
        assertEquals(Essais.SECRETAIRE, depotJournal.auteur());
        assertNull(depotJournal.etatAvant());
        assertEquals(EtatDossier.DEPOSE, depotJournal.etatApres());
        assertEquals(1, Essais.audit(commune, "urbanisme.depot"));

        DossierDetail relu = instructeur(commune, () -> service().consulter(commune, d.numero().replace(" ", "")));
        assertEquals(d.numero(), relu.numero());
        assertEquals(d.historique(), relu.historique());
        assertEquals(d.parcelles(), relu.parcelles());
    }

    @Test
    void parcelsKeepTheOrderOfTheApplication() {
        CollectiviteId commune = Essais.communeNeuve();
        List<Parcelle> parcelles = List.of(new Parcelle("ZC", 40), new Parcelle("AB", 7), new Parcelle("0A", 3),
                new Parcelle("AB", 5));
        DepotDossier pc = depot(TypeDossier.PC, aujourdhui());
        DossierDetail d = deposer(commune, new DepotDossier(pc.type(), pc.dateDepot(), pc.canal(), pc.cerfa(),
                pc.petitionnaire(), pc.adresseTerrain(), parcelles, pc.description(), null, null, null));
        assertEquals(parcelles, instructeur(commune, () -> service().consulter(commune, d.numero())).parcelles());
    }

    @Test
    void eachSeriesCountsOnItsOwnAndPcmiSharesThePcSeries() {
        CollectiviteId commune = Essais.communeNeuve();
        LocalDate depot = aujourdhui();
        String pc = prefixeNumero(TypeDossier.PC, commune, depot);
        assertEquals(pc + "00001", deposer(commune, depot(TypeDossier.PCMI, depot)).numero());
        assertEquals(pc + "00002", deposer(commune, depot(TypeDossier.PC, depot)).numero());
        assertEquals(prefixeNumero(TypeDossier.DP, commune, depot) + "00001",
                deposer(commune, depot(TypeDossier.DP, depot)).numero());
        assertEquals(prefixeNumero(TypeDossier.CUa, commune, depot) + "00001",
                deposer(commune, depot(TypeDossier.CUb, depot)).numero());
        assertEquals(pc + "00003", deposer(commune, depot(TypeDossier.PC, depot)).numero());
    }

    @Test
    void aFilingDatedLastYearIsNumberedInLastYearsSeries() {
        CollectiviteId commune = Essais.communeNeuve();
        LocalDate depot = LocalDate.of(aujourdhui().getYear() - 1, 12, 30);
        DossierDetail d = deposer(commune, depot(TypeDossier.DP, depot));
        assertEquals(prefixeNumero(TypeDossier.DP, commune, depot) + "00001", d.numero());
        assertTrue(d.resume().joursRestants() < 0, "date limite passed: " + d.resume().joursRestants());
    }

    @Test
    void badFilingsAreRefusedWithEveryReasonAndNothingIsWritten() {
        CollectiviteId commune = Essais.communeNeuve();
        deposer(commune, depot(TypeDossier.DP, aujourdhui()));
        Traces avant = Essais.traces(commune);

        DepotDossier bon = depot(TypeDossier.PC, aujourdhui());
        DepotDossier sansType = new DepotDossier(null, aujourdhui().plusDays(1), bon.canal(), "13409*09",
                bon.petitionnaire(), bon.adresseTerrain(), bon.parcelles(), bon.description(), null, null, null);
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> deposer(commune, sansType));
        assertEquals(List.of("Type de dossier manquant. Types possibles : DP, PCMI, PC, PA, PD, CUa, CUb.",
                "La date de dépôt (" + Textes.date(aujourdhui().plusDays(1)) + ") est postérieure à aujourd'hui ("
                        + Textes.date(aujourdhui()) + ") : une date future n'est pas acceptée."), e.erreurs());

        DepotDossier mauvaisCerfa = DepotDossier.initial(TypeDossier.PD, aujourdhui(), bon.canal(), "13406",
                bon.petitionnaire(), bon.adresseTerrain(), bon.parcelles(), bon.description());
        assertEquals("Le formulaire Cerfa n° 13406 ne correspond pas à un dossier PD (Permis de démolir). "
                + "Formulaire(s) attendu(s) : 13405.",
                assertThrows(DonneeInvalideException.class, () -> deposer(commune, mauvaisCerfa)).getMessage());

        DepotDossier dpRefusTacite = depot(TypeDossier.DP, aujourdhui())
                .avecRefusTacite(fr.mutualis.urbanism.api.CasRefusTacite.R424_2);
        assertTrue(assertThrows(DonneeInvalideException.class, () -> deposer(commune, dpRefusTacite)).getMessage()
                .startsWith("Le refus tacite R424-2 ne s'applique pas à un dossier DP"));

        DepotDossier avant2007 = depot(TypeDossier.PC, LocalDate.of(2005, 6, 1));
        assertTrue(assertThrows(DonneeInvalideException.class, () -> deposer(commune, avant2007)).getMessage()
                .startsWith("Le paramètre « Délai d'instruction de droit commun d'un permis de construire » n'a "
                        + "aucune valeur en vigueur au 01/06/2005"));

        assertEquals(avant, Essais.traces(commune));
        String dp = prefixeNumero(TypeDossier.DP, commune, aujourdhui());
        assertEquals(dp + "00002", deposer(commune, depot(TypeDossier.DP, aujourdhui())).numero(),
                "refused filings used no number");
    }

    @Test
    void modificationsAndTransfersTakeTheParentNumberWithASuffix() {
        CollectiviteId commune = Essais.communeNeuve();
        DossierDetail permis = deposer(commune, depot(TypeDossier.PCMI, aujourdhui()));
        DepotDossier modificatif = new DepotDossier(TypeDossier.PCMI, aujourdhui(), permis.canal(), "13411*03",
                permis.petitionnaire(), "Chemin des Prés", permis.parcelles(), "Garage accolé", null,
                NatureSuffixe.MODIFICATIF, permis.numero());
        DonneeInvalideException pasAccorde = assertThrows(DonneeInvalideException.class,
                () -> deposer(commune, modificatif));
        assertEquals("Un permis modificatif ne peut être demandé que pour un permis accordé (expressément ou "
                + "tacitement) : le dossier " + permis.numero() + " est à l'état « déposé ».", pasAccorde.getMessage());

        instructeur(commune, () -> service().declarerComplet(commune, permis.numero(), null));
        instructeur(commune, () -> service().statuer(commune, permis.numero(), EtatDossier.ACCORD, aujourdhui(), ""));

        DossierDetail m1 = deposer(commune, modificatif);
        DossierDetail m2 = deposer(commune, modificatif);
        DepotDossier transfert = new DepotDossier(TypeDossier.PCMI, aujourdhui(), permis.canal(), "13412",
                permis.petitionnaire(), "Chemin des Prés", permis.parcelles(), "Transfert à M. Martin", null,
                NatureSuffixe.TRANSFERT, permis.numero());
        DossierDetail t1 = deposer(commune, transfert);
        assertEquals(permis.numero() + "M01", m1.numero());
        assertEquals(permis.numero() + "M02", m2.numero());
        assertEquals(permis.numero() + "T01", t1.numero());
        assertEquals(permis.numero(), m1.permisInitial());
        assertEquals(List.of(m1.numero(), m2.numero(), t1.numero()),
                instructeur(commune, () -> service().consulter(commune, permis.numero())).dossiersLies());

        DepotDossier autreType = new DepotDossier(TypeDossier.PC, aujourdhui(), permis.canal(), "13411",
                permis.petitionnaire(), "Chemin des Prés", permis.parcelles(), "Garage", null,
                NatureSuffixe.MODIFICATIF, permis.numero());
        assertTrue(assertThrows(DonneeInvalideException.class, () -> deposer(commune, autreType)).getMessage()
                .contains("doit être de ce type, pas PC"));
    }

    @Test
    void aCommuneNeverReachesTheDossiersOfAnother() {
        CollectiviteId commune = Essais.communeNeuve();
        CollectiviteId voisine = Essais.communeNeuve();
        DossierDetail d = deposer(commune, depot(TypeDossier.DP, aujourdhui()));
        IntrouvableException e = assertThrows(IntrouvableException.class,
                () -> instructeur(voisine, () -> service().consulter(voisine, d.numero())));
        assertEquals("Dossier " + d.numero() + " introuvable dans la commune " + voisine.code() + ".", e.getMessage());
        assertThrows(IntrouvableException.class,
                () -> instructeur(voisine, () -> service().declarerComplet(voisine, d.numero(), null)));
        assertEquals(List.of(), instructeur(voisine, () -> service().lister(voisine, null)));
        assertEquals(List.of(d.numero()), instructeur(commune, () -> service().lister(commune, null)).stream()
                .map(DossierResume::numero).toList());
    }

    @Test
    void aDossierBelongsToACommuneNotToAnEpci() {
        CollectiviteId epci = new CollectiviteId("200000172");
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> deposer(epci, depot(TypeDossier.DP, aujourdhui())));
        assertEquals("Un dossier d'urbanisme relève d'une commune : « 200000172 » est le SIREN d'une "
                + "intercommunalité ou d'un syndicat. Indiquez le code INSEE de la commune concernée.",
                e.getMessage());
    }
}
