package fr.mutualis.payroll.server.agents;

import fr.mutualis.payroll.api.AgentSaisie;
import fr.mutualis.payroll.api.SituationAgent;

/** Turns an agent's record into what the payroll engine needs for a month. */
public final class Situations {

    private Situations() {
    }

    /**
     * @param effectifEmployeur agents paid by the collectivity that month (decides the FNAL variant)
     */
    public static SituationAgent de(AgentSaisie agent, int effectifEmployeur) {
        return new SituationAgent(agent.statut(), agent.heuresHebdomadairesPoste(), agent.quotite(),
                agent.indiceMajore(), agent.pointsNbi(), agent.zoneResidence(), agent.nombreEnfants(),
                agent.elementsIndemnitaires(), agent.categorieTpp(), agent.tauxPasPersonnel(), effectifEmployeur,
                agent.dateEntree(), agent.codeGrade());
    }
}
