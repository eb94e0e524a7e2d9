package fr.mutualis.payroll.server.calcul;

import java.math.BigDecimal;

import fr.mutualis.payroll.server.parametres.CleParametre;

/** Contributions owed by a local employer on the payroll: CNFPT, its apprenticeship surcharge, centre de gestion. */
final class CotisationsCollectivite {

    private CotisationsCollectivite() {
    }

    static void ajouter(BigDecimal base, ParametresDuMois parametres, LignesEnCours lignes) {
        lignes.cotisation(CodesLignes.CNFPT, "Cotisation CNFPT", base, null, parametres.valeur(CleParametre.CNFPT));
        lignes.cotisation(CodesLignes.CNFPT_APPRENTISSAGE, "Majoration CNFPT apprentissage", base, null,
                parametres.valeur(CleParametre.CNFPT_APPRENTISSAGE));
        lignes.cotisation(CodesLignes.CDG, "Cotisation centre de gestion", base, null,
                parametres.valeur(CleParametre.CDG));
    }
}
