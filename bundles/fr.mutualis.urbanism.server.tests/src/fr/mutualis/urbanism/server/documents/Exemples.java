package fr.mutualis.urbanism.server.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.urbanism.api.CanalDepot;
import fr.mutualis.urbanism.api.DecisionDossier;
import fr.mutualis.urbanism.api.DonneesInstruction;
import fr.mutualis.urbanism.api.DossierDetail;
import fr.mutualis.urbanism.api.DossierResume;
import fr.mutualis.urbanism.api.EtatDossier;
import fr.mutualis.urbanism.api.EvenementDossier;
import fr.mutualis.urbanism.api.NatureEvenement;
import fr.mutualis.urbanism.api.Parcelle;
import fr.mutualis.urbanism.api.Petitionnaire;
import fr.mutualis.urbanism.api.ResultatDelais;
import fr.mutualis.urbanism.api.TypeDossier;
import fr.mutualis.urbanism.server.delais.MoteurDelais;
import fr.mutualis.urbanism.server.delais.ParametresDelais;

/** Dossiers as the service would show them, with deadlines from the parameters shipped in the bundle. */
final class Exemples {

    static final LocalDate AUJOURDHUI = LocalDate.of(2026, 6, 30);
    static final MoteurDelais MOTEUR = new MoteurDelais(ParametresDelais.parDefaut(),
            Clock.fixed(Instant.parse("2026-06-30T10:00:00Z"), ZoneId.of("Europe/Paris")));

    private Exemples() {
    }

    static ResultatDelais delais(TypeDossier type, LocalDate depot) {
        return MOTEUR.calculer(DonneesInstruction.simple(type, depot));
    }

    /** A dossier of Brizon (74049) filed on {@code depot}, in the given state, with a decision when it has one. */
    static DossierDetail dossier(String numero, TypeDossier type, LocalDate depot, EtatDossier etat,
            DecisionDossier decision) {
        ResultatDelais delais = delais(type, depot);
        Petitionnaire p = new Petitionnaire("Dupont-Lévêque", "Jérôme", "12 rue de l'Église, 74130 Brizon",
                "jerome@example.org");
        DossierResume resume = new DossierResume(new CollectiviteId("74049"), numero, type, etat, depot,
                p.designation(), "Chemin des Œillets", delais.dateLimite(), delais.issueTacite(),
                etat.estFinal() ? null : (int) ChronoUnit.DAYS.between(AUJOURDHUI, delais.dateLimite()));
        return new DossierDetail(resume, CanalDepot.PAPIER, "13406*07", p,
                List.of(new Parcelle("AB", 12), new Parcelle("AB", 13)), "Maison individuelle de 110 m² à ossature "
                        + "bois, garage accolé", null, null, List.of(), List.of(), List.of(), delais, decision,
                List.of(new EvenementDossier(Instant.parse("2026-03-02T09:00:00Z"), "secretaire",
                        NatureEvenement.DEPOT, null, EtatDossier.DEPOSE, "")), Set.of());
    }
}
