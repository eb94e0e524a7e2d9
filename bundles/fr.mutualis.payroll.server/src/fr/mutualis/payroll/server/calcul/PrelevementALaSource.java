package fr.mutualis.payroll.server.calcul;

import java.math.BigDecimal;

import fr.mutualis.payroll.api.SituationAgent;

/** Income tax withheld: round(rate x taxable net), with the personal rate when known, else the taux neutre grid. */
final class PrelevementALaSource {

    private PrelevementALaSource() {
    }

    static void ajouter(SituationAgent situation, ParametresDuMois parametres, LignesEnCours lignes) {
        BigDecimal netImposable = lignes.totaux().netImposable();
        if (situation.tauxPasPersonnel() != null) {
            lignes.impot(CodesLignes.PRELEVEMENT_A_LA_SOURCE, "Prélèvement à la source (taux personnalisé)",
                    netImposable, situation.tauxPasPersonnel());
        } else {
            lignes.impot(CodesLignes.PRELEVEMENT_A_LA_SOURCE, "Prélèvement à la source (taux neutre)", netImposable,
                    parametres.tauxNeutre(netImposable));
        }
    }
}
