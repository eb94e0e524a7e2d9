package fr.mutualis.urbanism.server.numerotation;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.urbanism.api.CodeInsee;
import fr.mutualis.urbanism.api.NatureSuffixe;
import fr.mutualis.urbanism.api.NumeroDossier;
import fr.mutualis.urbanism.api.TypeDossier;

/**
 * Next registration numbers (A423-1 to A423-4), as a pure function of the last one used. One series per two-letter
 * prefix, commune and year: PCMI and PC share the {@code PC} series, CUa and CUb the {@code CU} series. Keeping the
 * series gap-free under concurrency is the caller's job (database).
 */
public final class NumerotationDossier {

    private static final int SEQUENCE_MAX = 99_999;
    private static final int RANG_MAX = 99;

    private NumerotationDossier() {
    }

    /**
     * The number of the next original application.
     *
     * @param codeInsee        INSEE code of the commune, e.g. {@code 75056}, {@code 2A004}, {@code 97411}
     * @param anneeDepot       filing year on 4 digits
     * @param derniereSequence last sequence used in the series of {@code type.prefixeNumero()}, 0 when none yet
     */
    public static NumeroDossier suivant(TypeDossier type, String codeInsee, int anneeDepot, int derniereSequence) {
        if (type == null) {
            throw new DonneeInvalideException("Le type de dossier est obligatoire.");
        }
        CodeInsee commune = CodeInsee.of(codeInsee);
        if (derniereSequence < 0 || derniereSequence > SEQUENCE_MAX) {
            throw new DonneeInvalideException("Dernier numéro utilisé invalide : " + derniereSequence
                    + ". Attendu : de 0 (aucun) à " + SEQUENCE_MAX + ".");
        }
        if (derniereSequence == SEQUENCE_MAX) {
            throw new DonneeInvalideException("Plus aucun numéro disponible pour les dossiers " + type.prefixeNumero()
                    + " de la commune " + commune + " en " + anneeDepot + " : le numéro " + SEQUENCE_MAX
                    + " est atteint.");
        }
        return NumeroDossier.of(type, commune, anneeDepot, derniereSequence + 1);
    }

    /** The number of the next modification of {@code permis}; {@code dernierRang} is 0 when none yet. */
    public static NumeroDossier modificatifSuivant(NumeroDossier permis, int dernierRang) {
        return suffixeSuivant(permis, NatureSuffixe.MODIFICATIF, dernierRang);
    }

    /** The number of the next transfer of {@code permis}; {@code dernierRang} is 0 when none yet. */
    public static NumeroDossier transfertSuivant(NumeroDossier permis, int dernierRang) {
        return suffixeSuivant(permis, NatureSuffixe.TRANSFERT, dernierRang);
    }

    private static NumeroDossier suffixeSuivant(NumeroDossier permis, NatureSuffixe nature, int dernierRang) {
        if (permis == null) {
            throw new DonneeInvalideException("Le numéro du permis initial est obligatoire.");
        }
        if (dernierRang < 0 || dernierRang >= RANG_MAX) {
            throw new DonneeInvalideException("Impossible de numéroter un nouveau " + nature.libelle() + " du permis "
                    + permis + " après le rang " + dernierRang + ". Attendu : un dernier rang de 0 (aucun) à "
                    + (RANG_MAX - 1) + ".");
        }
        return permis.avecSuffixe(nature, dernierRang + 1);
    }
}
