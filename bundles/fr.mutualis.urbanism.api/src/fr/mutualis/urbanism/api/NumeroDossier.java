package fr.mutualis.urbanism.api;

import java.io.Serializable;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * Registration number of an urbanism dossier (A423-1 to A423-4), e.g. {@code PC 075 056 24 00001}: two letters,
 * département (3), commune (3), last two digits of the filing year, 5-digit sequence, and for a modification or a
 * transfer the parent number followed by {@code M01}/{@code T01}. The canonical constructor validates.
 *
 * @param suffixe null for an original application
 */
public record NumeroDossier(String prefixe, String departement, String commune, String annee, int sequence,
        SuffixeNumero suffixe) implements Serializable {

    private static final Pattern FORME = Pattern.compile(
            "([A-Z]{2})(\\d{3}|02[AB])(\\d{3})(\\d{2})(\\d{5})(?:([MT])(\\d{2}))?");
    private static final String ATTENDU = " Attendu : 2 lettres, département (3), commune (3), année (2), "
            + "numéro (5), puis M ou T et 2 chiffres pour un modificatif ou un transfert, "
            + "ex. « PC 075 056 24 00001 » ou « PC 075 056 24 00001M01 ».";

    public NumeroDossier {
        if (prefixe == null || Arrays.stream(TypeDossier.values()).noneMatch(t -> t.prefixeNumero().equals(prefixe))) {
            throw new DonneeInvalideException("Nature de dossier invalide dans le numéro : « " + prefixe
                    + " ». Attendu : DP, PC, PA, PD ou CU.");
        }
        if (departement == null || commune == null || departement.length() != 3 || commune.length() != 3
                || !departement.equals(codeInsee(departement, commune).departementA423())) {
            throw new DonneeInvalideException("Département « " + departement + " » et commune « " + commune
                    + " » incohérents : ils doivent former un code INSEE "
                    + "(ex. 075 056 pour 75056, 974 411 pour 97411).");
        }
        if (annee == null || !annee.matches("\\d{2}")) {
            throw new DonneeInvalideException("Année invalide dans le numéro : « " + annee
                    + " ». Attendu : 2 chiffres.");
        }
        if (sequence < 1 || sequence > 99_999) {
            throw new DonneeInvalideException("Numéro d'ordre invalide : " + sequence + ". Attendu : de 1 à 99999.");
        }
        if (suffixe != null && (prefixe.equals("DP") || prefixe.equals("CU"))) {
            throw new DonneeInvalideException("Un suffixe " + suffixe.format()
                    + " ne s'applique qu'à un permis (PC, PA, PD) : A423-4.");
        }
    }

    /** The number of an original application filed in {@code anneeDepot} (4 digits) in the given commune. */
    public static NumeroDossier of(TypeDossier type, CodeInsee commune, int anneeDepot, int sequence) {
        if (anneeDepot < 1000 || anneeDepot > 9999) {
            throw new DonneeInvalideException("Année de dépôt invalide : " + anneeDepot + ". Attendu : 4 chiffres.");
        }
        return new NumeroDossier(type.prefixeNumero(), commune.departementA423(), commune.communeA423(),
                String.format("%02d", anneeDepot % 100), sequence, null);
    }

    /** Parses a number with or without spaces, in any case: {@code "pc 075 056 24 00001 m01"}. */
    public static NumeroDossier parse(String texte) {
        Matcher m = FORME.matcher(texte == null ? "" : texte.replaceAll("\\s", "").toUpperCase());
        if (!m.matches()) {
            throw new DonneeInvalideException("Numéro de dossier invalide : « " + texte + " »." + ATTENDU);
        }
        SuffixeNumero suffixe = m.group(6) == null ? null
                : new SuffixeNumero(NatureSuffixe.deLettre(m.group(6).charAt(0)), Integer.parseInt(m.group(7)));
        return new NumeroDossier(m.group(1), m.group(2), m.group(3), m.group(4), Integer.parseInt(m.group(5)), suffixe);
    }

    /** The number of the modification or transfer of rank {@code rang} of this (original) permit. */
    public NumeroDossier avecSuffixe(NatureSuffixe nature, int rang) {
        if (suffixe != null) {
            throw new DonneeInvalideException("Le numéro " + format() + " est déjà celui d'un "
                    + suffixe.nature().libelle() + " : indiquez le numéro du permis initial " + parent().format()
                    + ".");
        }
        return new NumeroDossier(prefixe, departement, commune, annee, sequence, new SuffixeNumero(nature, rang));
    }

    /** This number without its suffix. */
    public NumeroDossier parent() {
        return suffixe == null ? this : new NumeroDossier(prefixe, departement, commune, annee, sequence, null);
    }

    public CodeInsee codeInsee() {
        return codeInsee(departement, commune);
    }

    /** {@code PC 075 056 24 00001}, or {@code PC 075 056 24 00001M01} with a suffix. */
    public String format() {
        return prefixe + " " + departement + " " + commune + " " + annee + " " + String.format("%05d", sequence)
                + (suffixe == null ? "" : suffixe.format());
    }

    @Override
    public String toString() {
        return format();
    }

    private static CodeInsee codeInsee(String departement, String commune) {
        String prefixeInsee = departement.startsWith("97") ? departement.substring(0, 2) : departement.substring(1);
        return new CodeInsee(prefixeInsee + commune);
    }
}
