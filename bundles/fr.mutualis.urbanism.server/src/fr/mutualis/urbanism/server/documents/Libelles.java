package fr.mutualis.urbanism.server.documents;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import fr.mutualis.urbanism.api.NatureSuffixe;
import fr.mutualis.urbanism.api.Parcelle;
import fr.mutualis.urbanism.api.TypeDossier;

/** French wording shared by the documents: what was applied for, dates, parcels. */
final class Libelles {

    private static final DateTimeFormatter COURTE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOIS_ANNEE = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    private Libelles() {
    }

    /** {@code 05/03/2026}. */
    static String date(LocalDate date) {
        return date == null ? "" : COURTE.format(date);
    }

    /** {@code 1er mars 2026}, {@code 5 mars 2026}. */
    static String dateLongue(LocalDate date) {
        return (date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth())) + " "
                + MOIS_ANNEE.format(date);
    }

    /** The act applied for, with its article: {@code un permis de construire}, {@code une déclaration préalable}. */
    static String autorisation(TypeDossier type, NatureSuffixe suffixe) {
        if (suffixe == NatureSuffixe.TRANSFERT) {
            return "le transfert d'" + autorisation(type, null);
        }
        String base = switch (type) {
            case DP -> "une déclaration préalable";
            case PCMI -> "un permis de construire pour une maison individuelle";
            case PC -> "un permis de construire";
            case PA -> "un permis d'aménager";
            case PD -> "un permis de démolir";
            case CUa -> "un certificat d'urbanisme d'information";
            case CUb -> "un certificat d'urbanisme opérationnel";
        };
        return suffixe == NatureSuffixe.MODIFICATIF ? base.replaceFirst("permis", "permis modificatif") : base;
    }

    /** The act with a capital definite article: {@code Le permis de construire}. */
    static String autorisationDefinie(TypeDossier type, NatureSuffixe suffixe) {
        String indefini = autorisation(type, suffixe);
        if (indefini.startsWith("le ")) {
            return "L" + indefini.substring(1);
        }
        return (indefini.startsWith("une ") ? "La " + indefini.substring(4) : "Le " + indefini.substring(3));
    }

    /** The application itself: {@code la déclaration préalable}, {@code la demande de permis de démolir}. */
    static String demande(TypeDossier type, NatureSuffixe suffixe) {
        if (type == TypeDossier.DP) {
            return "la déclaration préalable";
        }
        return "la demande de " + autorisation(type, suffixe).replaceFirst("^(un|une|le) ", "");
    }

    /** A dossier number that a line never breaks: {@code PC 074 049 26 00001} with no-break spaces. */
    static String numero(String numero) {
        return numero.replace(' ', '\u00a0');
    }

    /** {@code AB 12, AB 13}. */
    static String parcelles(List<Parcelle> parcelles) {
        return parcelles.stream().map(Parcelle::libelle).collect(Collectors.joining(", "));
    }
}
