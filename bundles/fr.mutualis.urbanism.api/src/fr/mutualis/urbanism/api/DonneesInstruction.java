package fr.mutualis.urbanism.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * The facts of a dossier that decide its deadlines: type, filing date, requests for missing pieces, majorations
 * notified, and whether silence means refusal.
 *
 * @param casRefusTacite null when silence means approval (the general rule, R424-1)
 */
public record DonneesInstruction(TypeDossier type, LocalDate dateDepot, List<DemandePieces> demandesPieces,
        List<MajorationNotifiee> majorations, CasRefusTacite casRefusTacite) implements Serializable {

    public DonneesInstruction {
        if (type == null || dateDepot == null) {
            throw new DonneeInvalideException("Le type de dossier et la date de dépôt sont obligatoires.");
        }
        demandesPieces = demandesPieces == null ? List.of() : List.copyOf(demandesPieces);
        majorations = majorations == null ? List.of() : List.copyOf(majorations);
        for (DemandePieces demande : demandesPieces) {
            refuserAvantDepot(demande.dateDemande(), "La demande de pièces", dateDepot);
        }
        Set<Majoration> vues = EnumSet.noneOf(Majoration.class);
        for (MajorationNotifiee m : majorations) {
            refuserAvantDepot(m.dateNotification(), "La majoration " + m.majoration().article(), dateDepot);
            if (!vues.add(m.majoration())) {
                throw new DonneeInvalideException("La majoration " + m.majoration().article()
                        + " est indiquée deux fois : une seule notification par majoration.");
            }
        }
    }

    /** A dossier with no pieces requested, no majoration, and silence meaning approval. */
    public static DonneesInstruction simple(TypeDossier type, LocalDate dateDepot) {
        return new DonneesInstruction(type, dateDepot, List.of(), List.of(), null);
    }

    private static void refuserAvantDepot(LocalDate date, String quoi, LocalDate dateDepot) {
        if (date.isBefore(dateDepot)) {
            throw new DonneeInvalideException(quoi + " est datée du " + DatesFr.format(date)
                    + ", avant le dépôt du dossier le " + DatesFr.format(dateDepot) + ".");
        }
    }
}
