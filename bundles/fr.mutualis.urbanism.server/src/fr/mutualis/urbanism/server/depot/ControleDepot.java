package fr.mutualis.urbanism.server.depot;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.urbanism.api.CanalDepot;
import fr.mutualis.urbanism.api.DepotDossier;
import fr.mutualis.urbanism.api.NumeroDossier;
import fr.mutualis.urbanism.api.Parcelle;
import fr.mutualis.urbanism.api.Petitionnaire;
import fr.mutualis.urbanism.api.TypeDossier;

/**
 * Checks an application before it is registered and lists every problem found, in French, so the user can correct
 * them all at once. The deadline engine checks the rest (refusal cases, parameters in force on the filing date).
 */
public final class ControleDepot {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern CERFA = Pattern.compile("(\\d{5})(?:\\s*\\*\\s*\\d{2})?");
    private static final Pattern COURRIEL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int PARCELLES_MAX = 200;

    private ControleDepot() {
    }

    /** Throws a {@link DonneeInvalideException} listing every problem of the application, if any. */
    public static void verifier(DepotDossier depot, LocalDate aujourdhui) {
        List<String> erreurs = erreurs(depot, aujourdhui);
        if (!erreurs.isEmpty()) {
            throw new DonneeInvalideException(erreurs);
        }
    }

    /** Every problem of the application; empty when it can be registered. */
    public static List<String> erreurs(DepotDossier depot, LocalDate aujourdhui) {
        if (depot == null) {
            return List.of("La demande à enregistrer est absente.");
        }
        List<String> erreurs = new ArrayList<>();
        TypeDossier type = depot.type();
        if (type == null) {
            erreurs.add("Type de dossier manquant. Types possibles : " + Arrays.stream(TypeDossier.values())
                    .map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
        if (depot.dateDepot() == null) {
            erreurs.add("Date de dépôt manquante.");
        } else if (depot.dateDepot().isAfter(aujourdhui)) {
            erreurs.add("La date de dépôt (" + DATE.format(depot.dateDepot()) + ") est postérieure à aujourd'hui ("
                    + DATE.format(aujourdhui) + ") : une date future n'est pas acceptée.");
        }
        if (depot.canal() == null) {
            erreurs.add("Mode de dépôt manquant : papier ou voie électronique.");
        }
        verifierCerfa(depot, erreurs);
        verifierPetitionnaire(depot.petitionnaire(), depot.canal(), erreurs);
        exiger(depot.adresseTerrain(), 300, "Adresse du terrain", "Adresse du terrain manquante.", erreurs);
        verifierParcelles(depot.parcelles(), erreurs);
        if (type != TypeDossier.CUa) {
            exiger(depot.description(), 4000, "Description du projet", "Description du projet manquante.", erreurs);
        } else {
            limiter(depot.description(), 4000, "Description du projet", erreurs);
        }
        verifierRattachement(depot, erreurs);
        return erreurs;
    }

    private static void verifierCerfa(DepotDossier depot, List<String> erreurs) {
        if (depot.cerfa().isEmpty()) {
            erreurs.add("Numéro du formulaire Cerfa manquant (ex. 13406*07 pour un permis de construire une maison "
                    + "individuelle).");
            return;
        }
        Matcher m = CERFA.matcher(depot.cerfa());
        if (!m.matches()) {
            erreurs.add("Numéro de formulaire Cerfa invalide : « " + depot.cerfa()
                    + " ». Attendu : 5 chiffres, suivis ou non de la version (ex. 13406*07).");
            return;
        }
        if (depot.type() == null) {
            return;
        }
        List<String> attendus = depot.suffixe() == null ? depot.type().cerfas() : List.of(depot.suffixe().cerfa());
        if (!attendus.contains(m.group(1))) {
            String objet = depot.suffixe() == null ? "un dossier " + depot.type().name() + " ("
                    + depot.type().libelle() + ")" : "une demande de " + depot.suffixe().libelle();
            erreurs.add("Le formulaire Cerfa n° " + m.group(1) + " ne correspond pas à " + objet
                    + ". Formulaire(s) attendu(s) : " + String.join(", ", attendus) + ".");
        }
    }

    private static void verifierPetitionnaire(Petitionnaire p, CanalDepot canal, List<String> erreurs) {
        if (p == null) {
            erreurs.add("Demandeur manquant : nom et adresse du pétitionnaire.");
            return;
        }
        exiger(p.nom(), 200, "Nom du demandeur", "Nom du demandeur manquant.", erreurs);
        limiter(p.prenom(), 100, "Prénom du demandeur", erreurs);
        exiger(p.adresse(), 300, "Adresse du demandeur",
                "Adresse du demandeur manquante : elle sert à lui notifier les décisions.", erreurs);
        if (p.courriel().isEmpty()) {
            if (canal == CanalDepot.ELECTRONIQUE) {
                erreurs.add("Adresse électronique du demandeur manquante : elle est obligatoire pour une demande "
                        + "déposée par voie électronique.");
            }
        } else if (p.courriel().length() > 200 || !COURRIEL.matcher(p.courriel()).matches()) {
            erreurs.add("Adresse électronique du demandeur invalide : « " + p.courriel() + " ».");
        }
    }

    private static void verifierParcelles(List<Parcelle> parcelles, List<String> erreurs) {
        if (parcelles.isEmpty()) {
            erreurs.add("Au moins une parcelle cadastrale est obligatoire (section et numéro, ex. AB 123).");
            return;
        }
        if (parcelles.size() > PARCELLES_MAX) {
            erreurs.add("Trop de parcelles : " + parcelles.size() + " (" + PARCELLES_MAX + " au plus).");
        }
        Set<Parcelle> vues = new HashSet<>();
        for (Parcelle parcelle : parcelles) {
            if (parcelle == null) {
                erreurs.add("Une parcelle de la liste est vide.");
            } else if (!vues.add(parcelle)) {
                erreurs.add("La parcelle " + parcelle.libelle() + " est indiquée deux fois.");
            }
        }
    }

    private static void verifierRattachement(DepotDossier depot, List<String> erreurs) {
        if ((depot.suffixe() == null) != (depot.permisInitial() == null)) {
            erreurs.add("Pour un permis modificatif ou un transfert, indiquez à la fois la nature de la demande "
                    + "et le numéro du permis initial.");
        } else if (depot.permisInitial() != null) {
            try {
                NumeroDossier.parse(depot.permisInitial()).avecSuffixe(depot.suffixe(), 1);
            } catch (DonneeInvalideException e) {
                erreurs.add(e.getMessage());
            }
        }
    }

    private static void exiger(String valeur, int max, String libelle, String manque, List<String> erreurs) {
        if (valeur.isBlank()) {
            erreurs.add(manque);
        } else {
            limiter(valeur, max, libelle, erreurs);
        }
    }

    private static void limiter(String valeur, int max, String libelle, List<String> erreurs) {
        if (valeur.length() > max) {
            erreurs.add(libelle + " : " + max + " caractères au plus (" + valeur.length() + " saisis).");
        }
    }
}
