package fr.mutualis.urbanism.api;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * Kinds of urbanism application, with their Cerfa forms and the two letters that open their number (A423-2:
 * a PCMI is numbered {@code PC}, both certificates {@code CU}). The constant names are the legal codes.
 */
public enum TypeDossier {
    DP("Déclaration préalable", "DP", "13703", "13404", "13702"),
    PCMI("Permis de construire une maison individuelle", "PC", "13406"),
    PC("Permis de construire", "PC", "13409"),
    PA("Permis d'aménager", "PA", "13409"),
    PD("Permis de démolir", "PD", "13405"),
    CUa("Certificat d'urbanisme d'information", "CU", "13410"),
    CUb("Certificat d'urbanisme opérationnel", "CU", "13410");

    private final String libelle;
    private final String prefixeNumero;
    private final List<String> cerfas;

    TypeDossier(String libelle, String prefixeNumero, String... cerfas) {
        this.libelle = libelle;
        this.prefixeNumero = prefixeNumero;
        this.cerfas = List.of(cerfas);
    }

    public String libelle() {
        return libelle;
    }

    /** The two letters of the A423-1 number; PCMI and PC share {@code PC}, hence one numbering series. */
    public String prefixeNumero() {
        return prefixeNumero;
    }

    /** Cerfa form numbers, without their version suffix (e.g. {@code 13406}). */
    public List<String> cerfas() {
        return cerfas;
    }

    public boolean estCertificat() {
        return this == CUa || this == CUb;
    }

    /** Parses a code as typed by a user ({@code "pcmi"}, {@code " CUb "}); anything else is refused. */
    public static TypeDossier parse(String texte) {
        if (texte != null) {
            String code = texte.trim();
            for (TypeDossier type : values()) {
                if (type.name().equalsIgnoreCase(code)) {
                    return type;
                }
            }
        }
        throw new DonneeInvalideException("Type de dossier inconnu : « " + texte + " ». Types possibles : "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
    }
}
