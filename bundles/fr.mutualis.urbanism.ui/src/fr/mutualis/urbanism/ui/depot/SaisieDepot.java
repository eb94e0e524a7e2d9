package fr.mutualis.urbanism.ui.depot;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.urbanism.api.CanalDepot;
import fr.mutualis.urbanism.api.DepotDossier;
import fr.mutualis.urbanism.api.Parcelle;
import fr.mutualis.urbanism.api.Petitionnaire;
import fr.mutualis.urbanism.api.TypeDossier;
import fr.mutualis.urbanism.ui.Dates;

/**
 * What the user typed in the filing form, checked as it is typed: one French message per field in error, the same
 * rules the server applies (the server stays the judge: its refusals are shown as they come).
 */
final class SaisieDepot {

    /** The typed fields, in the order of the form. */
    enum Champ {
        DATE, CERFA, NOM, PRENOM, ADRESSE_DEMANDEUR, COURRIEL, TERRAIN, PARCELLES, DESCRIPTION
    }

    private static final Pattern CERFA = Pattern.compile("(\\d{5})(?:\\s*\\*\\s*\\d{2})?");
    private static final Pattern COURRIEL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Map<Champ, String> valeurs = new EnumMap<>(Champ.class);
    private TypeDossier type;
    private CanalDepot canal;

    void type(TypeDossier type) {
        this.type = type;
    }

    void canal(CanalDepot canal) {
        this.canal = canal;
    }

    void saisir(Champ champ, String valeur) {
        valeurs.put(champ, valeur == null ? "" : valeur);
    }

    private String valeur(Champ champ) {
        return valeurs.getOrDefault(champ, "").strip();
    }

    /** The problems of the current input, at most one per field, in the order of the form; empty when valid. */
    Map<Champ, String> erreurs(LocalDate aujourdhui) {
        Map<Champ, String> erreurs = new LinkedHashMap<>();
        verifier(Champ.DATE, erreurs, () -> {
            LocalDate date = Dates.lire(valeur(Champ.DATE), "Date de dépôt");
            if (date.isAfter(aujourdhui)) {
                throw new DonneeInvalideException("La date de dépôt (" + Dates.format(date) + ") est postérieure à "
                        + "aujourd'hui : une date future n'est pas acceptée.");
            }
            return date;
        });
        verifier(Champ.CERFA, erreurs, this::cerfa);
        exiger(Champ.NOM, "Nom du demandeur manquant.", erreurs);
        exiger(Champ.ADRESSE_DEMANDEUR, "Adresse du demandeur manquante : elle sert à lui notifier les décisions.",
                erreurs);
        verifier(Champ.COURRIEL, erreurs, this::courriel);
        exiger(Champ.TERRAIN, "Adresse du terrain manquante.", erreurs);
        verifier(Champ.PARCELLES, erreurs, () -> Parcelles.lire(valeur(Champ.PARCELLES)));
        if (type != TypeDossier.CUa) {
            exiger(Champ.DESCRIPTION, "Description du projet manquante.", erreurs);
        }
        return erreurs;
    }

    /** Whether the type and the filing channel are chosen (they come from lists, so they have no message). */
    boolean choixFaits() {
        return type != null && canal != null;
    }

    /** The application to file; call it only when {@link #erreurs} is empty and the choices are made. */
    DepotDossier depot() {
        Petitionnaire petitionnaire = new Petitionnaire(valeur(Champ.NOM), valeur(Champ.PRENOM),
                valeur(Champ.ADRESSE_DEMANDEUR), valeur(Champ.COURRIEL));
        List<Parcelle> parcelles = Parcelles.lire(valeur(Champ.PARCELLES));
        return DepotDossier.initial(type, Dates.lire(valeur(Champ.DATE), "Date de dépôt"), canal, valeur(Champ.CERFA),
                petitionnaire, valeur(Champ.TERRAIN), parcelles, valeur(Champ.DESCRIPTION));
    }

    private String cerfa() {
        String cerfa = valeur(Champ.CERFA);
        if (cerfa.isEmpty()) {
            throw new DonneeInvalideException("Numéro du formulaire Cerfa manquant (ex. 13406*07).");
        }
        Matcher m = CERFA.matcher(cerfa);
        if (!m.matches()) {
            throw new DonneeInvalideException("Numéro de formulaire Cerfa invalide : « " + cerfa + " ». Attendu : "
                    + "5 chiffres, suivis ou non de la version (ex. 13406*07).");
        }
        if (type != null && !type.cerfas().contains(m.group(1))) {
            throw new DonneeInvalideException("Le formulaire Cerfa n° " + m.group(1) + " ne correspond pas à un "
                    + "dossier " + type.name() + ". Formulaire(s) attendu(s) : " + String.join(", ", type.cerfas())
                    + ".");
        }
        return cerfa;
    }

    private String courriel() {
        String courriel = valeur(Champ.COURRIEL);
        if (courriel.isEmpty() && canal == CanalDepot.ELECTRONIQUE) {
            throw new DonneeInvalideException("Adresse électronique du demandeur manquante : elle est obligatoire "
                    + "pour une demande déposée par voie électronique.");
        }
        if (!courriel.isEmpty() && !COURRIEL.matcher(courriel).matches()) {
            throw new DonneeInvalideException("Adresse électronique du demandeur invalide : « " + courriel + " ».");
        }
        return courriel;
    }

    private void exiger(Champ champ, String message, Map<Champ, String> erreurs) {
        if (valeur(champ).isEmpty()) {
            erreurs.put(champ, message);
        }
    }

    private static void verifier(Champ champ, Map<Champ, String> erreurs, Supplier<?> lecture) {
        try {
            lecture.get();
        } catch (DonneeInvalideException e) {
            erreurs.put(champ, e.getMessage());
        }
    }
}
