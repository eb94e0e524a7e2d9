package fr.mutualis.budget.api;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * A creditor or debtor of the collectivity. The checksums of the SIRET/SIREN and the IBAN are verified by the
 * server's rules; this record only checks their shape.
 *
 * @param prenom           first name of a person, or null
 * @param identifiant      SIRET (14 digits) or SIREN (9 digits), or null (e.g. a private person)
 * @param reference        the collectivity's own reference for the tiers (PES {@code RefTiers}), or null
 * @param categorie        PES {@code CatTiers}, 2 digits (01 personne physique, 23 commune, 60 personne morale de
 *                         droit privé…)
 * @param natureJuridique  PES {@code NatJur}, 2 digits (01 particulier, 03 société, 06 association…)
 * @param typeTiers        PES {@code TypTiers}, 2 digits, required on titres; null if unknown
 * @param adresse          postal address; may be null for a personne physique whose address is unknown (an agent
 *                         paid by the payroll: the PES V2 block
 *                         {@code Adresse} of a tiers is optional, dossier technique PES V2, PES Dépense Aller, type
 *                         TTiers, cardinality 0..1)
 * @param iban             IBAN without spaces, capital letters, or null
 * @param bic              BIC, or null
 * @param civilite         PES {@code Civilite} ("M.", "Mme"), required by Hélios for a personne physique (CatTiers
 *                         01) and refused for any other category (dossier technique PES V2, TInfoTiersDepense); or
 *                         null
 */
public record Tiers(String nom, String prenom, String identifiant, String reference, String categorie,
        String natureJuridique, String typeTiers, Adresse adresse, String iban, String bic, String civilite)
        implements Serializable {

    /** PES {@code CatTiers} of a personne physique. */
    public static final String PERSONNE_PHYSIQUE = "01";

    private static final Pattern IDENTIFIANT = Pattern.compile("\\d{9}|\\d{14}");
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");
    private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?");

    public Tiers {
        Erreurs e = new Erreurs("Tiers " + nom);
        e.texte(nom, "Nom");
        e.texteFacultatif(prenom, "Prénom");
        e.codeFacultatif(identifiant, "SIRET ou SIREN", IDENTIFIANT, "14 chiffres (SIRET) ou 9 chiffres (SIREN)");
        e.texteFacultatif(reference, "Référence");
        e.code(categorie, "Catégorie de tiers", Codes.DEUX_CHIFFRES, "2 chiffres");
        e.code(natureJuridique, "Nature juridique", Codes.DEUX_CHIFFRES, "2 chiffres");
        e.codeFacultatif(typeTiers, "Type de tiers", Codes.DEUX_CHIFFRES, "2 chiffres");
        e.exiger(adresse != null || PERSONNE_PHYSIQUE.equals(categorie), "Adresse obligatoire.");
        e.texteFacultatif(civilite, "Civilité");
        e.exiger(civilite == null || PERSONNE_PHYSIQUE.equals(categorie), "une civilité ne se donne qu'à une personne physique "
                + "(catégorie 01).");
        e.codeFacultatif(iban, "IBAN", IBAN, "2 lettres de pays, 2 chiffres de clé, puis 11 à 30 caractères, sans espace");
        e.codeFacultatif(bic, "BIC", BIC, "8 ou 11 caractères");
        e.lever();
    }

    /** A tiers without civilité (API 1.0). */
    public Tiers(String nom, String prenom, String identifiant, String reference, String categorie,
            String natureJuridique, String typeTiers, Adresse adresse, String iban, String bic) {
        this(nom, prenom, identifiant, reference, categorie, natureJuridique, typeTiers, adresse, iban, bic, null);
    }

    /** True when {@link #identifiant()} is a SIRET rather than a SIREN. */
    public boolean identifieParSiret() {
        return identifiant != null && identifiant.length() == 14;
    }

    /** "DUPONT Marie" or "SARL EXEMPLE". */
    public String nomComplet() {
        return prenom == null ? nom : nom + " " + prenom;
    }
}
