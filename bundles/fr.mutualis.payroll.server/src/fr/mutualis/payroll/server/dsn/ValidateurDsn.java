package fr.mutualis.payroll.server.dsn;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import fr.mutualis.core.api.ControleSiret;
import fr.mutualis.payroll.api.FormatFrancais;
import fr.mutualis.payroll.api.JournalPaie;
import fr.mutualis.payroll.api.TotalLigneJournal;
import fr.mutualis.payroll.server.calcul.CodesLignes;

/**
 * A structural validator of our own for a DSN mensuelle, built from the cahier technique DSN
 * {@value NormeDsn#VERSION} as held in {@link NormeDsn}: shape of each line, rubric order inside a block, block
 * order and nesting, block cardinality, mandatory rubrics, formats (dates JJMMAAAA, amounts with two decimals and a
 * point, NIR 13 characters, SIREN 9, NIC 5, SIRET 14 digits), allowed values, the S90 totals; then the reconciliation
 * with the month's journal: contributions per organism, prélèvement à la source, gross pay, taxable and net pay.
 * Every anomaly is one French sentence naming the line. It does not replace DSN-val (net-entreprises' own checker),
 * whose inter-rubric controls (CCH, CSL) are not reproduced.
 */
public final class ValidateurDsn {

    private static final DateTimeFormatter JJMMAAAA = DateTimeFormatter.ofPattern("ddMMuuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern MONTANT = Pattern.compile("-?\\d+\\.\\d{2}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d{1,2})?");
    private static final Pattern ENTIER = Pattern.compile("\\d+");
    private static final Pattern NIR = Pattern.compile("[12]\\d{4}(\\d{2}|2[AB])\\d{6}");

    /**
     * @param anomalies      defects, in file order then reconciliation; empty when the file is conform
     * @param rapprochements one French line per reconciled total (organism, PAS, brut...), whether it agrees or not
     */
    public record Resultat(List<String> anomalies, List<String> rapprochements) {

        public boolean conforme() {
            return anomalies.isEmpty();
        }
    }

    private ValidateurDsn() {
    }

    /** Checks the structure of the file, then reconciles it with the journal when one is given. */
    public static Resultat valider(String contenu, JournalPaie journal) {
        List<String> anomalies = new ArrayList<>();
        List<LigneDsn> lignes = structure(contenu, anomalies);
        List<String> rapprochements = new ArrayList<>();
        if (journal != null) {
            rapprocher(lignes, journal, anomalies, rapprochements);
        }
        return new Resultat(List.copyOf(anomalies), List.copyOf(rapprochements));
    }

    /** An open block of the file while it is read. */
    private static final class Instance {
        final NormeDsn.Bloc bloc;
        final int ligne;
        final Set<String> rubriques = new HashSet<>();
        final Map<String, Integer> enfants = new HashMap<>();
        int derniereRubrique;
        String dernierEnfant = "";

        Instance(NormeDsn.Bloc bloc, int ligne) {
            this.bloc = bloc;
            this.ligne = ligne;
        }
    }

    private static List<LigneDsn> structure(String contenu, List<String> anomalies) {
        List<LigneDsn> lues = new ArrayList<>();
        Deque<Instance> ouverts = new ArrayDeque<>();
        Instance racine = new Instance(null, 0);
        String[] textes = contenu.split("\\R");
        int numero = 0;
        for (String texte : textes) {
            numero++;
            LigneDsn ligne = LigneDsn.lire(texte);
            if (ligne == null) {
                anomalies.add("Ligne " + numero + " : forme invalide, attendu Sxx.Gyy.zz.nnn,'valeur' (« "
                        + extrait(texte) + " »).");
                continue;
            }
            lues.add(ligne);
            NormeDsn.Rubrique rubrique = NormeDsn.rubrique(ligne.code());
            NormeDsn.Bloc bloc = NormeDsn.bloc(ligne.bloc());
            if (bloc == null || rubrique == null) {
                anomalies.add("Ligne " + numero + " : rubrique " + ligne.code() + " inconnue de la norme "
                        + NormeDsn.VERSION + " telle que la traite ce validateur.");
                continue;
            }
            Instance courant = ouverts.peek();
            if (courant != null && courant.bloc == bloc && ligne.numero() > courant.derniereRubrique) {
                courant.derniereRubrique = ligne.numero();
                courant.rubriques.add(ligne.code());
            } else if (courant != null && courant.bloc == bloc
                    && (bloc.max() == 1 || ligne.numero() > premiereObligatoire(bloc))) {
                // a new instance of a block starts with its first rubrics: this one is out of order in the current
                anomalies.add("Ligne " + numero + " : rubrique " + ligne.code() + " hors de l'ordre croissant "
                        + "des rubriques du bloc « " + bloc.libelle() + " » (ou répétée).");
                courant.rubriques.add(ligne.code());
            } else {
                ouvrir(ligne, bloc, numero, ouverts, racine, anomalies);
            }
            format(numero, ligne, rubrique, anomalies);
        }
        while (!ouverts.isEmpty()) {
            fermer(ouverts.pop(), anomalies);
        }
        for (NormeDsn.Bloc bloc : NormeDsn.blocs().values()) {
            if (bloc.parent() == null && racine.enfants.getOrDefault(bloc.code(), 0) < bloc.min()) {
                anomalies.add("Bloc « " + bloc.libelle() + " » (" + bloc.code() + ") absent du fichier.");
            }
        }
        totaux(lues, numero, anomalies);
        return lues;
    }

    private static void ouvrir(LigneDsn ligne, NormeDsn.Bloc bloc, int numero, Deque<Instance> ouverts,
            Instance racine, List<String> anomalies) {
        while (!ouverts.isEmpty() && !ouverts.peek().bloc.code().equals(bloc.parent())) {
            fermer(ouverts.pop(), anomalies);
        }
        Instance parent = ouverts.isEmpty() ? racine : ouverts.peek();
        if (bloc.parent() != null && ouverts.isEmpty()) {
            anomalies.add("Ligne " + numero + " : bloc « " + bloc.libelle() + " » (" + bloc.code() + ") hors de "
                    + "son bloc parent " + bloc.parent() + ".");
        }
        if (bloc.code().compareTo(parent.dernierEnfant) < 0) {
            anomalies.add("Ligne " + numero + " : bloc « " + bloc.libelle() + " » (" + bloc.code() + ") placé après "
                    + "le bloc " + parent.dernierEnfant + " : ordre des blocs de la norme non respecté.");
        }
        parent.dernierEnfant = bloc.code();
        int nombre = parent.enfants.merge(bloc.code(), 1, Integer::sum);
        if (bloc.max() >= 0 && nombre > bloc.max()) {
            anomalies.add("Ligne " + numero + " : bloc « " + bloc.libelle() + " » (" + bloc.code() + ") présent "
                    + nombre + " fois, " + bloc.max() + " au plus.");
        }
        Instance instance = new Instance(bloc, numero);
        instance.derniereRubrique = ligne.numero();
        instance.rubriques.add(ligne.code());
        ouverts.push(instance);
    }

    /** Number of the first mandatory rubric of the block (a new instance of the block cannot start after it). */
    private static int premiereObligatoire(NormeDsn.Bloc bloc) {
        return NormeDsn.rubriques(bloc.code()).values().stream().filter(NormeDsn.Rubrique::obligatoire)
                .mapToInt(r -> Integer.parseInt(r.code().substring(11))).min().orElse(1);
    }

    private static void fermer(Instance instance, List<String> anomalies) {
        for (NormeDsn.Rubrique rubrique : NormeDsn.rubriques(instance.bloc.code()).values()) {
            if (rubrique.obligatoire() && !instance.rubriques.contains(rubrique.code())) {
                anomalies.add("Bloc « " + instance.bloc.libelle() + " » commençant ligne " + instance.ligne
                        + " : rubrique obligatoire " + rubrique.code() + " (" + rubrique.libelle() + ") absente.");
            }
        }
        for (NormeDsn.Bloc enfant : NormeDsn.blocs().values()) {
            if (instance.bloc.code().equals(enfant.parent())
                    && instance.enfants.getOrDefault(enfant.code(), 0) < enfant.min()) {
                anomalies.add("Bloc « " + instance.bloc.libelle() + " » commençant ligne " + instance.ligne
                        + " : bloc « " + enfant.libelle() + " » (" + enfant.code() + ") absent, " + enfant.min()
                        + " au moins.");
            }
        }
    }

    private static void format(int numero, LigneDsn ligne, NormeDsn.Rubrique rubrique, List<String> anomalies) {
        String v = ligne.valeur();
        String ou = "Ligne " + numero + " : " + ligne.code() + " (" + rubrique.libelle() + ") ";
        if (v.isEmpty()) {
            anomalies.add(ou + "vide : une rubrique sans valeur ne doit pas être écrite.");
            return;
        }
        if (!rubrique.valeurs().isEmpty()) {
            if (!rubrique.valeurs().contains(v)) {
                anomalies.add(ou + "vaut « " + extrait(v) + " », valeur absente de la norme " + NormeDsn.VERSION
                        + ".");
            }
            return;
        }
        String probleme = switch (rubrique.format()) {
            case DATE -> date(v) ? null : "doit être une date JJMMAAAA";
            case MONTANT -> MONTANT.matcher(v).matches() ? null
                    : "doit être un montant avec deux décimales et un point (ex. 1234.50)";
            case DECIMAL -> DECIMAL.matcher(v).matches() ? null
                    : "doit être un nombre avec un point et deux décimales au plus";
            case ENTIER -> ENTIER.matcher(v).matches() ? null : "doit être un nombre entier";
            case SIREN -> !chiffres(v, 9) ? "doit compter 9 chiffres (SIREN)"
                    : ControleSiret.sirenValide(v) ? null : "n'est pas un SIREN valide (clé de contrôle)";
            case NIC -> chiffres(v, 5) ? null : "doit compter 5 chiffres (NIC)";
            case SIRET -> !chiffres(v, 14) ? "doit compter 14 chiffres (SIRET = SIREN + NIC)"
                    : ControleSiret.siretValide(v) ? null : "n'est pas un SIRET valide (clé de contrôle)";
            case NIR -> NIR.matcher(v).matches() ? null
                    : "doit compter les 13 caractères du NIR sans sa clé (" + v.length() + " trouvé(s))";
            case TEXTE -> null;
        };
        if (probleme == null && !StandardCharsets.ISO_8859_1.newEncoder().canEncode(v)) {
            probleme = "porte un caractère hors du jeu ISO 8859-1 du fichier";
        }
        if (probleme == null && v.length() > rubrique.longueur()) {
            probleme = "dépasse " + rubrique.longueur() + " caractères";
        }
        if (probleme != null) {
            anomalies.add(ou + probleme + (rubrique.format() == NormeDsn.Format.NIR ? "." : " : « " + extrait(v)
                    + " »."));
        }
    }

    private static void totaux(List<LigneDsn> lignes, int nombreLignes, List<String> anomalies) {
        String total = valeur(lignes, "S90.G00.90.001");
        if (total != null && ENTIER.matcher(total).matches() && Integer.parseInt(total) != nombreLignes) {
            anomalies.add("S90.G00.90.001 (Nombre total de rubriques) vaut " + total + " ; le fichier compte "
                    + nombreLignes + " rubriques.");
        }
        String dsn = valeur(lignes, "S90.G00.90.002");
        if (dsn != null && !"1".equals(dsn)) {
            anomalies.add("S90.G00.90.002 (Nombre de DSN) vaut " + dsn + " ; le fichier porte une déclaration.");
        }
    }

    /**
     * Reconciles the file with the journal: per organism the sum of S21.G00.81.004 equals the employee plus employer
     * amounts of the journal's lines of that organism; S21.G00.50.009 adds up to the journal's PAS, S21.G00.50.002 to
     * its net imposable, S21.G00.50.004 to its net à payer, S21.G00.51.013 of type 001 to its gross pay.
     */
    static void rapprocher(List<LigneDsn> lignes, JournalPaie journal, List<String> anomalies,
            List<String> rapprochements) {
        Map<Organisme, BigDecimal> declare = new EnumMap<>(Organisme.class);
        Map<Organisme, BigDecimal> attendu = new EnumMap<>(Organisme.class);
        BigDecimal pas = BigDecimal.ZERO;
        BigDecimal netFiscal = BigDecimal.ZERO;
        BigDecimal netVerse = BigDecimal.ZERO;
        BigDecimal brut = BigDecimal.ZERO;
        String codeCotisation = null;
        String typeRemuneration = null;
        for (LigneDsn ligne : lignes) {
            BigDecimal montant = MONTANT.matcher(ligne.valeur()).matches() ? new BigDecimal(ligne.valeur()) : null;
            switch (ligne.code()) {
                case "S21.G00.81.001" -> codeCotisation = ligne.valeur();
                case "S21.G00.51.011" -> typeRemuneration = ligne.valeur();
                case "S21.G00.81.004" -> {
                    Organisme organisme = Organisme.deCodeCotisation(codeCotisation);
                    if (organisme != null && montant != null) {
                        declare.merge(organisme, montant, BigDecimal::add);
                    }
                }
                case "S21.G00.50.009" -> pas = ajouter(pas, montant);
                case "S21.G00.50.002" -> netFiscal = ajouter(netFiscal, montant);
                case "S21.G00.50.004" -> netVerse = ajouter(netVerse, montant);
                case "S21.G00.51.013" -> {
                    if ("001".equals(typeRemuneration)) {
                        brut = ajouter(brut, montant);
                    }
                }
                default -> {
                    // other rubrics are not totals
                }
            }
        }
        BigDecimal horsDsn = BigDecimal.ZERO;
        for (TotalLigneJournal ligne : journal.lignes()) {
            BigDecimal total = ligne.montantSalarial().add(ligne.montantPatronal());
            Organisme.Declaration d = Organisme.declaration(ligne.code());
            if (d != null) {
                attendu.merge(d.organisme(), total, BigDecimal::add);
            } else if (Organisme.HORS_DSN.contains(ligne.code())) {
                horsDsn = horsDsn.add(total);
            } else if (ligne.montantPatronal().signum() != 0 || (ligne.base() != null
                    && !CodesLignes.PRELEVEMENT_A_LA_SOURCE.equals(ligne.code()))) {
                anomalies.add("Rapprochement : la ligne « " + ligne.libelle() + " » (" + ligne.code() + ") du "
                        + "journal, " + euros(total) + ", n'a pas de code de cotisation DSN : elle "
                        + "n'est pas déclarée.");
            }
        }
        for (Organisme organisme : Organisme.values()) {
            if (organisme == Organisme.DGFIP) {
                continue;
            }
            comparer("Cotisations " + organisme.libelle() + " (S21.G00.81)", declare.getOrDefault(organisme,
                    BigDecimal.ZERO), attendu.getOrDefault(organisme, BigDecimal.ZERO), anomalies, rapprochements);
        }
        comparer("Prélèvement à la source (S21.G00.50.009)", pas, journal.totaux().prelevementALaSource(), anomalies,
                rapprochements);
        comparer("Rémunération brute (S21.G00.51.013, type 001)", brut, journal.totaux().brut(), anomalies,
                rapprochements);
        comparer("Rémunération nette fiscale (S21.G00.50.002)", netFiscal, journal.totaux().netImposable(),
                anomalies, rapprochements);
        comparer("Montant net versé (S21.G00.50.004)", netVerse, journal.totaux().netAPayer(), anomalies,
                rapprochements);
        if (horsDsn.signum() != 0) {
            rapprochements.add("Hors DSN individuelle (CNFPT, majoration apprentissage, centre de gestion, versés à "
                    + "ces organismes ; forfait social, bordereau Urssaf) : " + euros(horsDsn) + ".");
        }
    }

    private static void comparer(String quoi, BigDecimal declare, BigDecimal journal, List<String> anomalies,
            List<String> rapprochements) {
        if (declare.compareTo(journal) == 0) {
            rapprochements.add(quoi + " : " + euros(declare) + " = journal.");
        } else {
            String ecart = quoi + " : " + euros(declare) + " déclarés, " + euros(journal)
                    + " au journal (écart " + euros(declare.subtract(journal)) + ").";
            rapprochements.add(ecart);
            anomalies.add("Rapprochement : " + ecart);
        }
    }

    private static String euros(BigDecimal montant) {
        return FormatFrancais.montant(montant) + " €";
    }

    private static BigDecimal ajouter(BigDecimal cumul, BigDecimal montant) {
        return montant == null ? cumul : cumul.add(montant);
    }

    private static String valeur(List<LigneDsn> lignes, String code) {
        return lignes.stream().filter(l -> l.code().equals(code)).map(LigneDsn::valeur).findFirst().orElse(null);
    }

    private static boolean date(String v) {
        if (v.length() != 8) {
            return false;
        }
        try {
            LocalDate.parse(v, JJMMAAAA);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean chiffres(String v, int nombre) {
        return v.length() == nombre && ENTIER.matcher(v).matches();
    }

    private static String extrait(String texte) {
        return texte.length() <= 40 ? texte : texte.substring(0, 40) + "…";
    }
}
