package fr.mutualis.budget.server.pes;

import java.util.Set;

import fr.mutualis.budget.api.Piece;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Tiers;

/**
 * PES codes derived from the pièces, as listed by the DGFiP's dossier technique PES V2 (copy in the repository
 * ClementChevrin/pes-handler, {@code documentation/DosTech/PES_DepenseAller_codes.html}: TTypPce, TNatPce;
 * {@code DomaineGlobalAller_codescommuns.html}: TNatIdTiers 01 SIRET, 02 SIREN; {@code Annexes.html}: the accepted
 * triplets).
 */
final class CodesPes {

    private static final Set<String> CHAPITRES_ORDRE = Set.of("040", "041", "042", "043");
    /** Rémunérations du personnel, charges de sécurité sociale et de prévoyance, taxes sur rémunérations. */
    private static final Set<String> ARTICLES_PAIE = Set.of("641", "645", "633");

    private CodesPes() {
    }

    /**
     * 01 ordinary, 02 corrective (annulation, réduction), 03 ordre budgétaire (all lines on 040 to 043), 08 mandat
     * collectif (lines with creditors of their own: the payroll's net pay, one line per agent). The triplets used,
     * TypBord 01 with (TypPce, NatPce) (01, 01), (01, 02), (01, 11), (08, 11), (03, 01), (03, 02) and TypBord 02 with
     * (02, 06), are among those Hélios accepts (dossier technique PES V2, annexe 1, "Correspondance Type de bordereau /
     * Type de pièce / Nature de pièce en Dépense").
     */
    static String typePiece(Piece piece) {
        if (piece.nature().corrective()) {
            return "02";
        }
        if (piece.lignes().stream().anyMatch(l -> l.creancier() != null)) {
            return "08";
        }
        boolean ordre = piece.lignes().stream().allMatch(l -> CHAPITRES_ORDRE.contains(l.imputation().chapitre()));
        return ordre ? "03" : "01";
    }

    /**
     * 01 fonctionnement, 02 investissement, 06 annulation-réduction, 11 paie (every line on the accounts of staff pay,
     * social charges and taxes on pay: 641, 645, 633).
     */
    static String naturePiece(Piece piece) {
        if (piece.nature().corrective()) {
            return "06";
        }
        boolean paie = piece.lignes().stream().map(l -> l.imputation().article())
                .allMatch(a -> ARTICLES_PAIE.stream().anyMatch(a::startsWith));
        return paie ? "11" : natureSection(piece.section());
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
