package fr.mutualis.budget.server.pes;

import java.util.Set;

import fr.mutualis.budget.api.Piece;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Tiers;

/**
 * PES codes derived from the pièces. The lists come from the PES recette documentation as transcribed in open-source
 * code (ClementChevrin/pes-handler TypPce and NatPce, Noethys comments "TypPce 02 et NatPce 06 pour
 * annulation-réduction", NatIdTiers 01 SIRET / 02 SIREN); the dépense side is assumed to use the same codes.
 */
final class CodesPes {

    private static final Set<String> CHAPITRES_ORDRE = Set.of("040", "041", "042", "043");

    private CodesPes() {
    }

    /** 01 ordinary, 02 corrective (annulation, réduction), 03 ordre budgétaire (all lines on 040 to 043). */
    static String typePiece(Piece piece) {
        if (piece.nature().corrective()) {
            return "02";
        }
        boolean ordre = piece.lignes().stream().allMatch(l -> CHAPITRES_ORDRE.contains(l.imputation().chapitre()));
        return ordre ? "03" : "01";
    }

    /** 01 fonctionnement, 02 investissement, 06 annulation-réduction. */
    static String naturePiece(Piece piece) {
        return piece.nature().corrective() ? "06" : natureSection(piece.section());
    }

    static String natureSection(Section section) {
        return section == Section.FONCTIONNEMENT ? "01" : "02";
    }

    /** 01 SIRET, 02 SIREN; null when the tiers has no identifier. */
    static String natureIdentifiant(Tiers tiers) {
        if (tiers.identifiant() == null) {
            return null;
        }
        return tiers.identifieParSiret() ? "01" : "02";
    }
}
