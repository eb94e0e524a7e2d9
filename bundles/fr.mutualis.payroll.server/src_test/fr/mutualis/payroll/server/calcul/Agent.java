package fr.mutualis.payroll.server.calcul;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.mutualis.payroll.api.CategorieTpp;
import fr.mutualis.payroll.api.ElementIndemnitaire;
import fr.mutualis.payroll.api.NatureElement;
import fr.mutualis.payroll.api.SituationAgent;
import fr.mutualis.payroll.api.Statut;
import fr.mutualis.payroll.api.ZoneResidence;

/** Test builder of a {@link SituationAgent}: a full-time titulaire in zone 3 by default, taux neutre, 10 agents. */
final class Agent {

    private Statut statut = Statut.TITULAIRE;
    private String heures = "35";
    private String quotite = "1";
    private int indice = 400;
    private int nbi;
    private ZoneResidence zone = ZoneResidence.ZONE_3;
    private int enfants;
    private final List<ElementIndemnitaire> elements = new ArrayList<>();
    private CategorieTpp tpp = CategorieTpp.AUCUNE;
    private String tauxPas;
    private int effectif = 10;
    private LocalDate entree = LocalDate.of(2020, 1, 1);
    private String grade;

    static Agent titulaire(int indice) {
        Agent agent = new Agent();
        agent.indice = indice;
        return agent;
    }

    static Agent contractuel(int indice) {
        Agent agent = titulaire(indice);
        agent.statut = Statut.CONTRACTUEL;
        return agent;
    }

    Agent statut(Statut valeur) {
        statut = valeur;
        return this;
    }

    Agent heures(String valeur) {
        heures = valeur;
        return this;
    }

    Agent quotite(String valeur) {
        quotite = valeur;
        return this;
    }

    Agent nbi(int points) {
        nbi = points;
        return this;
    }

    Agent zone(ZoneResidence valeur) {
        zone = valeur;
        return this;
    }

    Agent enfants(int nombre) {
        enfants = nombre;
        return this;
    }

    Agent ifse(String montant) {
        elements.add(new ElementIndemnitaire(NatureElement.IFSE, "IFSE", new BigDecimal(montant)));
        return this;
    }

    /** An employer's participation to the protection sociale complémentaire (PARTICIPATION_PREVOYANCE or _SANTE). */
    Agent participation(NatureElement nature, String montant) {
        elements.add(new ElementIndemnitaire(nature, nature.name(), new BigDecimal(montant)));
        return this;
    }

    Agent tpp(CategorieTpp categorie) {
        tpp = categorie;
        return this;
    }

    Agent tauxPas(String pourcentage) {
        tauxPas = pourcentage;
        return this;
    }

    Agent effectif(int agents) {
        effectif = agents;
        return this;
    }

    Agent entree(LocalDate date) {
        entree = date;
        return this;
    }

    Agent grade(String code) {
        grade = code;
        return this;
    }

    SituationAgent situation() {
        return new SituationAgent(statut, new BigDecimal(heures), new BigDecimal(quotite), indice, nbi, zone, enfants,
                elements, tpp, tauxPas == null ? null : new BigDecimal(tauxPas), effectif, entree, grade);
    }
}
