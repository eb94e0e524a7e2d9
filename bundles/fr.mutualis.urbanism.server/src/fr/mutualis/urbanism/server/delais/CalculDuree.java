package fr.mutualis.urbanism.server.delais;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.urbanism.api.DonneesInstruction;
import fr.mutualis.urbanism.api.MajorationNotifiee;
import fr.mutualis.urbanism.api.TypeDossier;

/**
 * Length of the instruction period: the base period of the type plus the majorations notified in time. Additions do
 * not cumulate (the largest applies, R423-25); a "porté à" majoration sets the whole period unless it is shorter.
 *
 * @param duree          months, and the rule in French as its reference, e.g.
 *                       {@code R423-23 c : 3 mois + R423-25 : 2 mois = 5 mois}
 * @param avertissements majorations notified without effect on the period, and why
 */
record CalculDuree(Duree duree, List<String> avertissements) {

    static CalculDuree calculer(DonneesInstruction donnees, ParametresDelais parametres) {
        TypeDossier type = donnees.type();
        LocalDate depot = donnees.dateDepot();
        Duree base = parametres.delaiInstruction(type, depot);
        Duree fenetre = parametres.delaiNotificationMajoration(depot);
        List<String> avertissements = new ArrayList<>();
        RegleMajoration ajout = null;
        RegleMajoration porteA = null;
        for (MajorationNotifiee notifiee : donnees.majorations()) {
            RegleMajoration regle = verifier(notifiee, type, depot, fenetre, parametres);
            if (regle.effet() == EffetMajoration.PORTE_A) {
                porteA = plusLongue(porteA, regle);
            } else if (ajout == null) {
                ajout = regle;
            } else {
                RegleMajoration retenue = plusLongue(ajout, regle);
                RegleMajoration ecartee = retenue == ajout ? regle : ajout;
                avertissements.add("Les majorations " + ecartee.majoration().article() + " et "
                        + retenue.majoration().article() + " ne se cumulent pas : seule la plus longue s'applique ("
                        + retenue.majoration().article() + " : +" + retenue.duree().mois() + " mois).");
                ajout = retenue;
            }
        }
        int mois = base.mois();
        String regle = base.reference() + " : " + base.mois() + " mois";
        if (ajout != null) {
            mois += ajout.duree().mois();
            regle += " + " + ajout.duree().reference() + " : " + ajout.duree().mois() + " mois = " + mois + " mois";
        }
        if (porteA != null && porteA.duree().mois() >= mois) {
            if (ajout != null) {
                avertissements.add(porteA.duree().reference() + " porte le délai à " + porteA.duree().mois()
                        + " mois : la majoration " + ajout.majoration().article() + " ne l'allonge pas.");
            }
            mois = porteA.duree().mois();
            regle = porteA.duree().reference() + " : délai porté à " + mois + " mois";
        } else if (porteA != null) {
            avertissements.add(porteA.duree().reference() + " (délai porté à " + porteA.duree().mois()
                    + " mois) est sans effet : le délai est déjà de " + mois + " mois.");
        }
        return new CalculDuree(new Duree(mois, regle), avertissements);
    }

    private static RegleMajoration verifier(MajorationNotifiee notifiee, TypeDossier type, LocalDate depot,
            Duree fenetre, ParametresDelais parametres) {
        String article = notifiee.majoration().article();
        RegleMajoration regle = parametres.majoration(notifiee.majoration(), depot);
        if (!regle.types().contains(type)) {
            throw new DonneeInvalideException("La majoration " + article + " ne s'applique pas à "
                    + Textes.dossier(type) + " déposé le " + Textes.date(depot) + ". Types concernés : "
                    + Textes.types(regle.types()) + ".");
        }
        LocalDate limite = fenetre.echeance(depot);
        if (notifiee.dateNotification().isAfter(limite)) {
            throw new DonneeInvalideException("Majoration " + article + " refusée : notifiée le "
                    + Textes.date(notifiee.dateNotification()) + ", après le délai de " + fenetre.mois()
                    + " mois suivant le dépôt du " + Textes.date(depot) + " (au plus tard le " + Textes.date(limite)
                    + ", " + fenetre.reference() + "). Le délai d'instruction n'est pas modifié.");
        }
        return regle;
    }

    private static RegleMajoration plusLongue(RegleMajoration actuelle, RegleMajoration autre) {
        return actuelle == null || autre.duree().mois() > actuelle.duree().mois() ? autre : actuelle;
    }
}
