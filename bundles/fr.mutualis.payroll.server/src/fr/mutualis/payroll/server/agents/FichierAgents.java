package fr.mutualis.payroll.server.agents;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.csv.LectureCsv;
import fr.mutualis.core.server.csv.LigneCsv;
import fr.mutualis.payroll.api.AgentSaisie;
import fr.mutualis.payroll.api.CategorieTpp;
import fr.mutualis.payroll.api.CompteBancaire;
import fr.mutualis.payroll.api.ElementIndemnitaire;
import fr.mutualis.payroll.api.NatureElement;
import fr.mutualis.payroll.api.Nir;
import fr.mutualis.payroll.api.Statut;
import fr.mutualis.payroll.api.ZoneResidence;

/**
 * Reads a file of agents to import (format in docs/payroll.md, « Import d'agents »): CSV read by {@link LectureCsv}
 * ({@code ;} separator, UTF-8), a header line naming the columns (any order, names of {@link #COLONNES}), then one
 * agent per line. Every cell is checked as read; a problem names its line and column. Nothing here looks at the
 * database: the caller then checks each agent against the grids, the engine and the agents already recorded.
 */
public final class FichierAgents {

    /** A column of the file: its name in the header, whether it must be there, what it holds. */
    public record Colonne(String nom, boolean obligatoire, String description) {
    }

    /** One agent read, with the line it comes from. */
    public record LigneAgent(int numero, AgentSaisie saisie) {
    }

    /**
     * The columns, in the order of the sample file. Bank details (IBAN, BIC) are not part of an agent on this
     * version: when the agent gets them, add {@code iban} and {@code bic} here and read them in {@link #agent}.
     */
    public static final List<Colonne> COLONNES = List.of(
            new Colonne("matricule", true, "numéro de l'agent dans la collectivité, 1 à 20 lettres, chiffres ou tirets"),
            new Colonne("nom", true, "nom de famille"),
            new Colonne("prenom", true, "prénom"),
            new Colonne("nir", true, "numéro de sécurité sociale, 15 caractères clé comprise (espaces admis)"),
            new Colonne("statut", true, "titulaire, stagiaire ou contractuel"),
            new Colonne("heures_hebdo", true, "durée hebdomadaire du poste en heures (35 pour un temps complet)"),
            new Colonne("quotite", true, "quotité de temps partiel : 1, 0,8 ou 80 %"),
            new Colonne("grade", false, "code de grille du grade (C1, C2…), vide pour un contractuel hors grille"),
            new Colonne("echelon", false, "échelon dans la grille (vide ou 0 sans grade)"),
            new Colonne("indice_majore", true, "indice majoré"),
            new Colonne("points_nbi", false, "points de NBI (vide : aucun)"),
            new Colonne("zone_residence", true, "zone d'indemnité de résidence : 1, 2 ou 3"),
            new Colonne("enfants", false, "enfants ouvrant droit au supplément familial (vide : aucun)"),
            new Colonne("categorie_tpp", false, "catégorie du transfert primes/points : A, B, C ou vide (aucune)"),
            new Colonne("taux_pas", false, "taux personnalisé de prélèvement à la source en % (vide : taux neutre)"),
            new Colonne("date_entree", true, "date d'entrée dans la collectivité, JJ/MM/AAAA ou AAAA-MM-JJ"),
            new Colonne("ifse", false, "IFSE mensuelle en euros (vide : aucune)"),
            new Colonne("cia", false, "CIA mensuel en euros (vide : aucun)"),
            new Colonne("participation_prevoyance", false, "participation mensuelle de l'employeur à la prévoyance "
                    + "complémentaire en euros (vide : aucune, l'agent n'a pas de contrat)"),
            new Colonne("participation_sante", false, "participation mensuelle de l'employeur à la complémentaire "
                    + "santé en euros (vide : aucune)"),
            new Colonne("date_naissance", false, "date de naissance, JJ/MM/AAAA ou AAAA-MM-JJ, cohérente avec le NIR "
                    + "(vide : inconnue, la DSN ne peut alors pas être déposée)"),
            new Colonne("pcs_ese", false, "code PCS-ESE 2017 de l'emploi (Insee), par exemple 523c "
                    + "(vide : inconnu, la DSN ne peut alors pas être déposée)"),
            new Colonne("iban", false, "IBAN du compte où le net est viré, espaces admis (vide : aucun compte, "
                    + "l'agent n'est pas payé par virement)"),
            new Colonne("bic", false, "BIC de la banque de ce compte, 8 ou 11 caractères (obligatoire avec l'IBAN)"));

    /** At most this many problems are listed; the rest are counted. */
    public static final int ERREURS_MAX = 200;

    private static final Pattern DECIMAL = Pattern.compile("\\d{1,9}([.,]\\d{1,4})?");
    private static final Pattern ENTIER = Pattern.compile("\\d{1,6}");
    private static final DateTimeFormatter DATE_FR = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private FichierAgents() {
    }

    /**
     * @param rapport where the problems of the lines go (the caller adds its own checks, then raises them together)
     * @return the agents of the lines without problem, in the file's order
     * @throws DonneeInvalideException at once for an empty file or a broken header line
     */
    public static List<LigneAgent> lire(Reader csv, Rapport rapport) {
        List<LigneCsv> lignes = LectureCsv.lire(csv);
        if (lignes.isEmpty()) {
            throw new DonneeInvalideException("Le fichier est vide : une ligne d'en-tête (matricule;nom;prenom;nir;…) "
                    + "puis une ligne par agent sont attendues.");
        }
        Map<String, Integer> index = entete(lignes.get(0));
        List<LigneAgent> agents = new ArrayList<>();
        for (LigneCsv ligne : lignes.subList(1, lignes.size())) {
            LigneAgent agent = agent(ligne, index, rapport);
            if (agent != null) {
                agents.add(agent);
            }
        }
        if (rapport.vide() && agents.isEmpty()) {
            rapport.ajouter("Le fichier ne contient aucun agent (seulement la ligne d'en-tête).");
            rapport.lever();
        }
        return agents;
    }

    /**
     * The problems of a file, reported in line order whatever the check that found them; the first
     * {@link #ERREURS_MAX} are listed, the others counted.
     */
    public static final class Rapport {

        private record Probleme(int ligne, String message) {
        }

        private final List<Probleme> problemes = new ArrayList<>();

        public void ajouter(String erreur) {
            problemes.add(new Probleme(0, erreur));
        }

        public void ajouter(int ligne, String colonne, String erreur) {
            problemes.add(new Probleme(ligne, "Ligne " + ligne + (colonne == null ? "" : ", colonne « " + colonne
                    + " »") + " : " + erreur));
        }

        public boolean vide() {
            return problemes.isEmpty();
        }

        /** Throws the problems found, if any, under a first line saying that nothing was imported. */
        public void lever() {
            if (problemes.isEmpty()) {
                return;
            }
            List<String> messages = new ArrayList<>();
            messages.add("Import refusé, aucun agent n'a été créé : " + problemes.size()
                    + " problème(s) dans le fichier.");
            problemes.stream().sorted(java.util.Comparator.comparingInt(Probleme::ligne)).limit(ERREURS_MAX)
                    .forEach(probleme -> messages.add(probleme.message()));
            if (problemes.size() > ERREURS_MAX) {
                messages.add("… et " + (problemes.size() - ERREURS_MAX) + " autre(s) problème(s) non détaillé(s).");
            }
            throw new DonneeInvalideException(messages);
        }
    }

    private static Map<String, Integer> entete(LigneCsv ligne) {
        Map<String, Integer> index = new HashMap<>();
        List<String> erreurs = new ArrayList<>();
        for (int i = 0; i < ligne.champs().size(); i++) {
            String nom = ligne.champs().get(i).strip().toLowerCase(Locale.ROOT);
            if (COLONNES.stream().noneMatch(c -> c.nom().equals(nom))) {
                erreurs.add("Ligne " + ligne.numero() + " (en-tête) : colonne « " + ligne.champs().get(i).strip()
                        + " » inconnue. Colonnes possibles : " + String.join(", ", COLONNES.stream()
                                .map(Colonne::nom).toList()) + ".");
            } else if (index.putIfAbsent(nom, i) != null) {
                erreurs.add("Ligne " + ligne.numero() + " (en-tête) : colonne « " + nom + " » en double.");
            }
        }
        for (Colonne colonne : COLONNES) {
            if (colonne.obligatoire() && !index.containsKey(colonne.nom())) {
                erreurs.add("Ligne " + ligne.numero() + " (en-tête) : colonne obligatoire « " + colonne.nom()
                        + " » absente (" + colonne.description() + ").");
            }
        }
        if (!erreurs.isEmpty()) {
            List<String> messages = new ArrayList<>();
            messages.add("Import refusé, aucun agent n'a été créé : la première ligne doit nommer les colonnes "
                    + "(par exemple matricule;nom;prenom;nir;statut;…).");
            messages.addAll(erreurs);
            throw new DonneeInvalideException(messages);
        }
        return index;
    }

    /** The agent of one line, or null after reporting its problems. */
    private static LigneAgent agent(LigneCsv ligne, Map<String, Integer> index, Rapport rapport) {
        Cellules c = new Cellules(ligne, index, rapport);
        if (ligne.champs().size() != index.size()) {
            rapport.ajouter(ligne.numero(), null, ligne.champs().size() + " champ(s) au lieu de " + index.size()
                    + " (autant que de colonnes dans l'en-tête) : « " + ligne.texte() + " ».");
            return null;
        }
        String matricule = c.texte("matricule");
        String nom = c.texte("nom");
        String prenom = c.texte("prenom");
        String nir = Nir.normaliser(c.texte("nir"));
        Statut statut = c.statut();
        BigDecimal heures = c.decimal("heures_hebdo");
        BigDecimal quotite = c.quotite();
        String grade = c.texte("grade");
        Integer echelon = c.entier("echelon");
        Integer indice = c.entier("indice_majore");
        Integer nbi = c.entier("points_nbi");
        ZoneResidence zone = c.zone();
        Integer enfants = c.entier("enfants");
        CategorieTpp tpp = c.categorieTpp();
        BigDecimal tauxPas = c.decimal("taux_pas");
        LocalDate entree = c.date("date_entree");
        List<ElementIndemnitaire> primes = new ArrayList<>();
        BigDecimal ifse = c.decimal("ifse");
        BigDecimal cia = c.decimal("cia");
        BigDecimal prevoyance = c.decimal("participation_prevoyance");
        BigDecimal sante = c.decimal("participation_sante");
        LocalDate naissance = c.date("date_naissance");
        String pcsEse = c.texte("pcs_ese");
        String iban = c.texte("iban");
        String bic = c.texte("bic");
        if (!c.valide()) {
            return null;
        }
        if (ifse != null && ifse.signum() > 0) {
            primes.add(new ElementIndemnitaire(NatureElement.IFSE, "IFSE", ifse));
        }
        if (cia != null && cia.signum() > 0) {
            primes.add(new ElementIndemnitaire(NatureElement.CIA, "CIA", cia));
        }
        if (prevoyance != null && prevoyance.signum() > 0) {
            primes.add(new ElementIndemnitaire(NatureElement.PARTICIPATION_PREVOYANCE, "Participation prévoyance",
                    prevoyance));
        }
        if (sante != null && sante.signum() > 0) {
            primes.add(new ElementIndemnitaire(NatureElement.PARTICIPATION_SANTE, "Participation santé", sante));
        }
        return new LigneAgent(ligne.numero(), new AgentSaisie(matricule, nom, prenom, nir, statut, heures, quotite,
                grade, zero(echelon), zero(indice), zero(nbi), zone, zero(enfants), primes,
                tpp == null ? CategorieTpp.AUCUNE : tpp, tauxPas, entree,
                iban == null && bic == null ? null : CompteBancaire.normaliser(iban, bic), naissance, pcsEse));
    }

    private static int zero(Integer valeur) {
        return valeur == null ? 0 : valeur;
    }

    /** The cells of one line, each read once, each problem reported with its column. */
    private static final class Cellules {

        private final LigneCsv ligne;
        private final Map<String, Integer> index;
        private final Rapport rapport;
        private boolean valide = true;

        Cellules(LigneCsv ligne, Map<String, Integer> index, Rapport rapport) {
            this.ligne = ligne;
            this.index = index;
            this.rapport = rapport;
        }

        boolean valide() {
            return valide;
        }

        /** The cell stripped, or null when the column is absent or the cell empty. */
        String brut(String colonne) {
            Integer i = index.get(colonne);
            if (i == null || i >= ligne.champs().size()) {
                return null;
            }
            String valeur = ligne.champs().get(i).strip();
            return valeur.isEmpty() ? null : valeur;
        }

        void erreur(String colonne, String message) {
            valide = false;
            rapport.ajouter(ligne.numero(), colonne, message);
        }

        /**
         * A text cell; one a spreadsheet would run as a formula (starting with =, +, -, @) is refused: no name or
         * matricule starts so, and the file may come from anywhere.
         */
        String texte(String colonne) {
            String valeur = brut(colonne);
            if (valeur != null && "=+-@".indexOf(valeur.charAt(0)) >= 0) {
                erreur(colonne, "« " + court(valeur) + " » commence par " + valeur.charAt(0) + " comme une formule de "
                        + "tableur : refusé (aucun nom, prénom ou matricule ne commence ainsi).");
                return null;
            }
            return valeur;
        }

        BigDecimal decimal(String colonne) {
            String valeur = brut(colonne);
            if (valeur == null) {
                return null;
            }
            String chiffres = valeur.replace(" ", "").replace("\u00A0", "").replace("\u202F", "");
            if (!DECIMAL.matcher(chiffres).matches()) {
                erreur(colonne, "« " + court(valeur) + " » n'est pas un nombre positif (par exemple 35 ou 17,5 ; "
                        + "quatre décimales au plus).");
                return null;
            }
            return new BigDecimal(chiffres.replace(',', '.'));
        }

        BigDecimal quotite() {
            String valeur = brut("quotite");
            if (valeur != null && valeur.endsWith("%")) {
                String nombre = valeur.substring(0, valeur.length() - 1).strip().replace(',', '.');
                if (DECIMAL.matcher(nombre).matches()) {
                    return new BigDecimal(nombre).movePointLeft(2).stripTrailingZeros();
                }
                erreur("quotite", "« " + court(valeur) + " » : pourcentage illisible (par exemple 80 %).");
                return null;
            }
            return decimal("quotite");
        }

        Integer entier(String colonne) {
            String valeur = brut(colonne);
            if (valeur == null) {
                return null;
            }
            if (!ENTIER.matcher(valeur).matches()) {
                erreur(colonne, "« " + court(valeur) + " » n'est pas un nombre entier positif.");
                return null;
            }
            return Integer.valueOf(valeur);
        }

        Statut statut() {
            String valeur = brut("statut");
            if (valeur == null) {
                return null; // reported with the other checks of the record
            }
            for (Statut statut : Statut.values()) {
                if (statut.libelle().equalsIgnoreCase(valeur)) {
                    return statut;
                }
            }
            erreur("statut", "« " + court(valeur) + " » inconnu : titulaire, stagiaire ou contractuel.");
            return null;
        }

        ZoneResidence zone() {
            String valeur = brut("zone_residence");
            if (valeur == null) {
                return null;
            }
            String numero = valeur.toLowerCase(Locale.ROOT).replace("zone", "").strip();
            return switch (numero) {
                case "1" -> ZoneResidence.ZONE_1;
                case "2" -> ZoneResidence.ZONE_2;
                case "3" -> ZoneResidence.ZONE_3;
                default -> {
                    erreur("zone_residence", "« " + court(valeur) + " » inconnue : 1, 2 ou 3.");
                    yield null;
                }
            };
        }

        CategorieTpp categorieTpp() {
            String valeur = brut("categorie_tpp");
            if (valeur == null) {
                return null;
            }
            for (CategorieTpp categorie : CategorieTpp.values()) {
                if (categorie.name().equalsIgnoreCase(valeur)) {
                    return categorie;
                }
            }
            erreur("categorie_tpp", "« " + court(valeur) + " » inconnue : A, B, C ou vide (aucune).");
            return null;
        }

        LocalDate date(String colonne) {
            String valeur = brut(colonne);
            if (valeur == null) {
                return null;
            }
            try {
                return valeur.contains("/") ? LocalDate.parse(valeur, DATE_FR) : LocalDate.parse(valeur);
            } catch (DateTimeParseException e) {
                erreur(colonne, "« " + court(valeur) + " » n'est pas une date (JJ/MM/AAAA, par exemple 01/09/2024).");
                return null;
            }
        }

        private static String court(String valeur) {
            return valeur.length() > 40 ? valeur.substring(0, 40) + "…" : valeur;
        }
    }

    /**
     * The column a message of {@link AgentSaisie#erreurs()} or of the engine is about, from its first words, or null
     * when it concerns several.
     */
    public static String colonneDe(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        if (m.startsWith("date de naissance")) {
            return "date_naissance";
        } else if (m.startsWith("participation de l'employeur à la prévoyance")) {
            return "participation_prevoyance";
        } else if (m.startsWith("participation de l'employeur à la complémentaire")) {
            return "participation_sante";
        } else if (m.startsWith("code pcs-ese")) {
            return "pcs_ese";
        } else if (m.startsWith("matricule")) {
            return "matricule";
        } else if (m.startsWith("nom")) {
            return "nom";
        } else if (m.startsWith("prénom")) {
            return "prenom";
        } else if (m.startsWith("nir") || m.contains("numéro de sécurité sociale") || m.contains("clé du nir")) {
            return "nir";
        } else if (m.startsWith("statut")) {
            return "statut";
        } else if (m.startsWith("durée hebdomadaire")) {
            return "heures_hebdo";
        } else if (m.startsWith("quotité")) {
            return "quotite";
        } else if (m.startsWith("échelon") || m.startsWith("un échelon")) {
            return "echelon";
        } else if (m.startsWith("indice")) {
            return "indice_majore";
        } else if (m.contains("nbi")) {
            return "points_nbi";
        } else if (m.startsWith("zone")) {
            return "zone_residence";
        } else if (m.startsWith("nombre d'enfants")) {
            return "enfants";
        } else if (m.startsWith("catégorie du transfert")) {
            return "categorie_tpp";
        } else if (m.startsWith("taux personnalisé")) {
            return "taux_pas";
        } else if (m.startsWith("date d'entrée")) {
            return "date_entree";
        } else if (m.startsWith("iban")) {
            return "iban";
        } else if (m.startsWith("bic")) {
            return "bic";
        }
        return null;
    }
}
