package fr.mutualis.payroll.api;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import fr.mutualis.core.api.ControleIban;
import fr.mutualis.core.api.DonneeInvalideException;

/**
 * The bank account an agent's net pay is transferred to. Both fields are checked here, so the client lists the
 * problems before sending and the server refuses the same ones:
 * <ul>
 * <li>IBAN (ISO 13616-1), by {@link ControleIban};</li>
 * <li>BIC (ISO 9362): 4-letter institution code, the 2-letter country code of the IBAN, a 2-character location code
 * whose second character is not the letter O (reserved, read as the digit 0), then an optional 3-character branch code.</li>
 * </ul>
 * The PES V2 dépense file requires both in capitals (dossier technique PES V2, domaine global Aller, type TBancaire:
 * "Tous les caractères alphabétiques de l'IBAN doivent être en majuscules, sinon rejet du flux"). Messages never repeat
 * the IBAN, so they can be shown and logged safely; the IBAN is personal data, stored encrypted like the NIR.
 *
 * @param iban IBAN without spaces, in capitals (see {@link #normaliser})
 * @param bic  BIC of 8 or 11 characters, in capitals
 */
public record CompteBancaire(String iban, String bic) implements Serializable {

    private static final Pattern BIC = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9][A-NP-Z0-9]([A-Z0-9]{3})?");

    /** The account as typed ("fr76 3000 …", "bnpa fr pp"), without spaces and in capitals; null fields stay null. */
    public static CompteBancaire normaliser(String iban, String bic) {
        return new CompteBancaire(propre(iban), propre(bic));
    }

    /** Every problem, in French; empty when the account can be used for a virement. */
    public List<String> erreurs() {
        List<String> erreurs = new ArrayList<>();
        String probleme = ControleIban.probleme(iban);
        if (probleme != null) {
            erreurs.add(probleme);
        }
        if (bic == null || bic.isEmpty()) {
            erreurs.add("BIC manquant : 8 ou 11 caractères (par exemple BNPAFRPP ou BNPAFRPPXXX).");
        } else if (!BIC.matcher(bic).matches()) {
            erreurs.add("BIC invalide : 8 ou 11 lettres ou chiffres attendus (4 lettres de banque, 2 lettres de pays, "
                    + "2 caractères de localisation, 3 facultatifs pour l'agence).");
        } else if (probleme == null && !bic.substring(4, 6).equals(iban.substring(0, 2))) {
            erreurs.add("BIC incohérent avec l'IBAN : le pays du BIC (" + bic.substring(4, 6)
                    + ") n'est pas celui de l'IBAN (" + iban.substring(0, 2) + ").");
        }
        return erreurs;
    }

    /**
     * This account when it is valid.
     *
     * @throws DonneeInvalideException listing {@link #erreurs()}
     */
    public CompteBancaire verifier() {
        List<String> erreurs = erreurs();
        if (!erreurs.isEmpty()) {
            throw new DonneeInvalideException(erreurs);
        }
        return this;
    }

    private static String propre(String saisie) {
        if (saisie == null) {
            return null;
        }
        String sansEspaces = saisie.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
        return sansEspaces.isEmpty() ? null : sansEspaces;
    }
}
