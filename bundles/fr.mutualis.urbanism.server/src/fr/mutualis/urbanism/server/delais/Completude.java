package fr.mutualis.urbanism.server.delais;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import fr.mutualis.urbanism.api.DemandePieces;
import fr.mutualis.urbanism.api.DonneesInstruction;

/**
 * When the instruction period starts, given the requests for missing pieces (R423-19, R423-22, R423-38 to R423-41).
 *
 * @param debut           the day the file is complete, null when the pieces were not supplied in time
 * @param origine         why the period starts on {@code debut}, in French
 * @param demandeEchue    the request whose pieces were not supplied in time (tacit rejection), null otherwise
 * @param avertissements  requests recorded without effect on the dates, and why
 */
record Completude(LocalDate debut, String origine, DemandePieces demandeEchue, List<String> avertissements) {

    static Completude analyser(DonneesInstruction donnees, ParametresDelais parametres) {
        LocalDate depot = donnees.dateDepot();
        List<DemandePieces> demandes = donnees.demandesPieces().stream()
                .sorted(Comparator.comparing(DemandePieces::dateDemande)).toList();
        List<String> avertissements = new ArrayList<>();
        if (!parametres.demandePiecesPrevue(donnees.type(), depot)) {
            String reference = parametres.delaiInstruction(donnees.type(), depot).reference();
            for (DemandePieces demande : demandes) {
                avertissements.add("Demande de pièces du " + Textes.date(demande.dateDemande())
                        + " sans effet sur les délais : pour " + Textes.dossier(donnees.type())
                        + ", le délai court dès la réception de la demande (" + reference + ").");
            }
            return new Completude(depot, "réception de la demande", null, avertissements);
        }
        Duree fenetre = parametres.delaiDemandePieces(depot);
        LocalDate finFenetre = fenetre.echeance(depot);
        DemandePieces retenue = null;
        for (DemandePieces demande : demandes) {
            if (demande.dateDemande().isAfter(finFenetre)) {
                avertissements.add("Demande de pièces hors délai : sans effet sur les délais. Notifiée le "
                        + Textes.date(demande.dateDemande()) + ", après le délai de " + fenetre.mois()
                        + " mois suivant le dépôt (au plus tard le " + Textes.date(finFenetre) + ", "
                        + fenetre.reference() + ").");
            } else if (retenue != null) {
                avertissements.add("Nouvelle demande de pièces du " + Textes.date(demande.dateDemande())
                        + " : sans effet sur les délais ; seule la demande du " + Textes.date(retenue.dateDemande())
                        + " compte (une seule demande listant toutes les pièces manquantes, " + fenetre.reference()
                        + ").");
            } else {
                retenue = demande;
            }
        }
        if (retenue == null) {
            String origine = "dépôt ; dossier réputé complet faute de demande de pièces dans le délai de "
                    + fenetre.mois() + " mois, R423-22";
            return new Completude(depot, origine, null, avertissements);
        }
        Duree fourniture = parametres.delaiFourniturePieces(depot);
        LocalDate finFourniture = fourniture.echeance(retenue.dateDemande());
        if (retenue.piecesFournies() && !retenue.dateFourniture().isAfter(finFourniture)) {
            return new Completude(retenue.dateFourniture(), "réception des pièces manquantes, R423-19", null,
                    avertissements);
        }
        if (retenue.piecesFournies()) {
            avertissements.add("Pièces fournies le " + Textes.date(retenue.dateFourniture()) + ", après le délai de "
                    + fourniture.mois() + " mois (au plus tard le " + Textes.date(finFourniture)
                    + ") : elles ne rouvrent pas l'instruction (" + fourniture.reference() + ").");
        }
        return new Completude(null, null, retenue, avertissements);
    }
}
