package fr.mutualis.payroll.server.dsn;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The part of the DSN norm (NEODeS) this module writes and checks: the blocks of a DSN mensuelle of a territorial
 * employer, their place in the tree, their cardinality, and the rubrics with their format and allowed values.
 * <p>
 * Source: cahier technique DSN, norme NEODeS <b>P26V01</b> (version 2026.1, net-entreprises.fr), as transcribed
 * rubric by rubric with every value list in {@code norm-P26V01.yaml} of github.com/Jikenlabs/open-neodes (Apache 2.0).
 * Labels, lengths and value lists below are those of that transcription. The tree (which block is the child of which)
 * follows its "natures 01" map. The minimum cardinalities and the mandatory rubrics are this validator's own
 * requirements for a monthly DSN it writes (the transcription gives no usage column): blocks and rubrics the cahier
 * marks optional, or that a territorial employer fills only in some cases, are optional here.
 */
public final class NormeDsn {

    /** Version of the norm, written in S10.G00.00.006. */
    public static final String VERSION = "P26V01";

    /** How a rubric's value is written in the file. */
    public enum Format {
        /** Free text of at most {@code longueur} characters. */
        TEXTE,
        /** JJMMAAAA, a real calendar date. */
        DATE,
        /** An amount in euros: optional minus, digits, a point, exactly two decimals. */
        MONTANT,
        /** A decimal number with a point and at most two decimals (quotités, rates). */
        DECIMAL,
        /** Digits only. */
        ENTIER,
        /** SIREN: 9 digits. */
        SIREN,
        /** NIC: 5 digits. */
        NIC,
        /** SIRET: 14 digits. */
        SIRET,
        /** The NIR without its key: 13 characters (2A or 2B allowed for Corsica). */
        NIR
    }

    public record Rubrique(String code, String libelle, Format format, int longueur, boolean obligatoire,
            Set<String> valeurs) {
    }

    /**
     * @param parent code of the block it belongs to, or null for a block at the top of the file (S10, S20, S90)
     * @param max    -1 when unbounded
     */
    public record Bloc(String code, String libelle, String parent, int min, int max) {
    }

    private static final Map<String, Bloc> BLOCS = new LinkedHashMap<>();
    private static final Map<String, Rubrique> RUBRIQUES = new LinkedHashMap<>();

    static {
        bloc("S10.G00.00", "Envoi", null, 1, 1);
        o("S10.G00.00.001", "Nom du logiciel utilisé", Format.TEXTE, 20);
        o("S10.G00.00.002", "Nom de l'éditeur", Format.TEXTE, 20);
        o("S10.G00.00.003", "Numéro de version du logiciel utilisé", Format.TEXTE, 10);
        o("S10.G00.00.005", "Code envoi du fichier d'essai ou réel", "01 02");
        o("S10.G00.00.006", "Numéro de version de la norme utilisée", VERSION);
        o("S10.G00.00.007", "Point de dépôt", "01 02");
        o("S10.G00.00.008", "Type de l'envoi", "01 02");
        bloc("S10.G00.01", "Emetteur", "S10.G00.00", 1, 1);
        o("S10.G00.01.001", "Siren de l'émetteur de l'envoi", Format.SIREN, 9);
        o("S10.G00.01.002", "Nic de l'émetteur de l'envoi", Format.NIC, 5);
        o("S10.G00.01.003", "Nom ou raison sociale de l'émetteur", Format.TEXTE, 60);
        f("S10.G00.01.004", "Numéro, extension, nature et libellé de la voie", Format.TEXTE, 50);
        f("S10.G00.01.005", "Code postal", Format.TEXTE, 5);
        f("S10.G00.01.006", "Localité", Format.TEXTE, 50);
        bloc("S10.G00.02", "Contact Emetteur", "S10.G00.00", 1, 1);
        f("S10.G00.02.001", "Code civilité", "01 02");
        o("S10.G00.02.002", "Nom et prénom de la personne à contacter", Format.TEXTE, 80);
        o("S10.G00.02.004", "Adresse mél du contact émetteur", Format.TEXTE, 100);
        f("S10.G00.02.005", "Adresse téléphonique", Format.TEXTE, 20);

        bloc("S20.G00.05", "Déclaration", null, 1, 1);
        o("S20.G00.05.001", "Nature de la déclaration", "01 04 05 07 08 09 10");
        o("S20.G00.05.002", "Type de la déclaration", "01 02 03 04 05");
        o("S20.G00.05.003", "Numéro de fraction de déclaration", Format.ENTIER, 2);
        o("S20.G00.05.004", "Numéro d'ordre de la déclaration", Format.ENTIER, 15);
        o("S20.G00.05.005", "Date du mois principal déclaré", Format.DATE, 8);
        o("S20.G00.05.007", "Date de constitution du fichier", Format.DATE, 8);
        o("S20.G00.05.008", "Champ de la déclaration", "01 02 03");
        o("S20.G00.05.010", "Devise de la déclaration", "01 02");

        bloc("S21.G00.06", "Entreprise", "S20.G00.05", 1, 1);
        o("S21.G00.06.001", "SIREN", Format.SIREN, 9);
        o("S21.G00.06.002", "NIC du siège", Format.NIC, 5);
        f("S21.G00.06.003", "Code APEN", Format.TEXTE, 5);

        bloc("S21.G00.11", "Etablissement", "S21.G00.06", 1, 1);
        o("S21.G00.11.001", "NIC", Format.NIC, 5);
        f("S21.G00.11.002", "Code APET", Format.TEXTE, 5);
        f("S21.G00.11.017", "Nature juridique de l'employeur", "01 02 03");

        bloc("S21.G00.20", "Versement organisme de protection sociale", "S21.G00.11", 0, -1);
        o("S21.G00.20.001", "Identifiant Organisme de Protection Sociale", Format.TEXTE, 14);
        o("S21.G00.20.005", "Montant du versement", Format.MONTANT, 18);
        f("S21.G00.20.006", "Date de début de période de rattachement", Format.DATE, 8);
        f("S21.G00.20.007", "Date de fin de période de rattachement", Format.DATE, 8);
        f("S21.G00.20.010", "Mode de paiement", "01 02 04 05 06");

        bloc("S21.G00.30", "Individu", "S21.G00.11", 0, -1);
        o("S21.G00.30.001", "Numéro d'inscription au répertoire", Format.NIR, 13);
        o("S21.G00.30.002", "Nom de famille", Format.TEXTE, 80);
        o("S21.G00.30.004", "Prénoms", Format.TEXTE, 80);
        o("S21.G00.30.005", "Sexe", "01 02");
        o("S21.G00.30.006", "Date de naissance", Format.DATE, 8);
        f("S21.G00.30.019", "Matricule de l'individu dans l'entreprise", Format.TEXTE, 30);

        bloc("S21.G00.40", "Contrat", "S21.G00.30", 1, -1);
        o("S21.G00.40.001", "Date de début du contrat", Format.DATE, 8);
        o("S21.G00.40.002", "Statut du salarié (conventionnel)", "01 02 03 04 05 06 07 08 09 10");
        o("S21.G00.40.003", "Code statut catégoriel Retraite Complémentaire obligatoire", "01 02 04 98 99");
        o("S21.G00.40.004", "Code profession et catégorie socioprofessionnelle (PCS-ESE)", Format.TEXTE, 4);
        f("S21.G00.40.006", "Libellé de l'emploi", Format.TEXTE, 120);
        o("S21.G00.40.007", "Nature du contrat",
                "01 02 03 07 08 09 10 20 21 29 32 50 51 52 53 54 60 70 80 81 82 89 90 91 92 93");
        o("S21.G00.40.008", "Dispositif de politique publique et conventionnel",
                "21 41 42 61 64 65 66 70 71 80 81 83 92 93 94 99");
        o("S21.G00.40.009", "Numéro du contrat", Format.TEXTE, 20);
        o("S21.G00.40.011", "Unité de mesure de la quotité de travail", "10 12 20 21 31 32 33 34 35 99");
        o("S21.G00.40.012", "Quotité de travail de référence de l'entreprise pour la catégorie de salarié",
                Format.DECIMAL, 7);
        o("S21.G00.40.013", "Quotité de travail du contrat", Format.DECIMAL, 7);
        o("S21.G00.40.014", "Modalité d'exercice du temps de travail", "10 20 30 40 41 42 99");
        o("S21.G00.40.016", "Complément de base au régime obligatoire", "01 02 03 99");
        o("S21.G00.40.018", "Code régime de base risque maladie",
                "134 135 136 137 138 140 141 144 145 146 147 149 200 300 400 900 909 999");
        o("S21.G00.40.019", "Identifiant du lieu de travail", Format.SIRET, 14);
        o("S21.G00.40.020", "Code régime de base risque vieillesse", "120 121 122 134 135 136 137 139 140 141 144 "
                + "145 147 149 157 158 159 160 200 300 900 904 905 909 994 995 996 997 998");
        o("S21.G00.40.024", "Travailleur à l'étranger au sens du code de la Sécurité Sociale", "01 02 03 99");
        o("S21.G00.40.026", "Statut d'emploi du salarié", "01 02 03 04 06 07 08 09 10 11 12 99");
        o("S21.G00.40.036", "Code emplois multiples", "01 02 03");
        o("S21.G00.40.037", "Code employeurs multiples", "01 02 03");
        o("S21.G00.40.039", "Code régime de base risque accident du travail",
                "134 135 136 137 147 200 300 401 402 900 999");
        f("S21.G00.40.053", "Nature du poste", "01 02 03");
        f("S21.G00.40.055", "Taux de travail à temps partiel", Format.DECIMAL, 5);
        f("S21.G00.40.058", "[FP] Indice majoré", Format.ENTIER, 4);
        f("S21.G00.40.059", "[FP] Nouvelle bonification indiciaire (NBI)", Format.DECIMAL, 6);

        bloc("S21.G00.50", "Versement individu", "S21.G00.30", 0, -1);
        o("S21.G00.50.001", "Date de versement", Format.DATE, 8);
        o("S21.G00.50.002", "Rémunération nette fiscale", Format.MONTANT, 12);
        o("S21.G00.50.003", "Numéro de versement", Format.ENTIER, 2);
        o("S21.G00.50.004", "Montant net versé", Format.MONTANT, 12);
        o("S21.G00.50.006", "Taux de prélèvement à la source", Format.DECIMAL, 5);
        o("S21.G00.50.007", "Type du taux de prélèvement à la source", "01 13 17 23 27 33 37 99");
        f("S21.G00.50.008", "Identifiant du taux de prélèvement à la source", Format.ENTIER, 18);
        o("S21.G00.50.009", "Montant de prélèvement à la source", Format.MONTANT, 12);
        f("S21.G00.50.013", "Montant soumis au PAS", Format.MONTANT, 12);

        bloc("S21.G00.51", "Rémunération", "S21.G00.50", 0, -1);
        o("S21.G00.51.001", "Date de début de période de paie", Format.DATE, 8);
        o("S21.G00.51.002", "Date de fin de période de paie", Format.DATE, 8);
        o("S21.G00.51.010", "Numéro du contrat", Format.TEXTE, 20);
        o("S21.G00.51.011", "Type", "001 002 003 010 012 013 016 017 018 019 020 021 022 023 025 028 029 030 031 "
                + "032 034 035");
        f("S21.G00.51.012", "Nombre d'heures", Format.DECIMAL, 7);
        o("S21.G00.51.013", "Montant", Format.MONTANT, 11);

        bloc("S21.G00.78", "Base assujettie", "S21.G00.50", 0, -1);
        o("S21.G00.78.001", "Code de base assujettie", "02 03 04 05 07 08 09 10 11 12 13 14 15 16 17 18 19 20 21 "
                + "22 23 24 25 27 28 31 33 34 35 36 38 39 40 41 42 43 44 45 46 47 48 49 50 52 53 54 55 56 57 59 60 "
                + "61 62");
        o("S21.G00.78.002", "Date de début de période de rattachement", Format.DATE, 8);
        o("S21.G00.78.003", "Date de fin de période de rattachement", Format.DATE, 8);
        o("S21.G00.78.004", "Montant", Format.MONTANT, 11);
        f("S21.G00.78.006", "Numéro du contrat", Format.TEXTE, 20);

        bloc("S21.G00.81", "Cotisation individuelle", "S21.G00.78", 0, -1);
        o("S21.G00.81.001", "Code de cotisation", "001 002 003 004 006 008 009 010 011 012 013 014 015 016 017 018 "
                + "019 020 021 022 023 025 027 028 029 030 031 032 033 034 035 036 037 038 039 040 041 042 043 044 "
                + "045 046 047 048 049 051 053 054 056 057 058 059 060 061 065 066 068 069 070 071 072 073 074 075 "
                + "076 077 078 079 081 082 088 089 090 091 092 093 094 096 097 098 099 100 101 102 103 104 105 106 "
                + "107 108 109 110 111 112 113 114 115 116 128 129 130 131 132 133 140 141 142 143 144 145 146 300 "
                + "301 302 303 304 305 306 307 308 309 310 311 312 313 314 315 316 317 318 319 320 321 322 323 324 "
                + "325 326 327 330 331 332 333 334 901 902 903 904 905 906 907 908 909 910 911 912 913 914 915 916 "
                + "917 918 919 920 921");
        f("S21.G00.81.003", "Montant d'assiette", Format.MONTANT, 14);
        o("S21.G00.81.004", "Montant de cotisation", Format.MONTANT, 14);

        bloc("S90.G00.90", "Total de l'envoi", null, 1, 1);
        o("S90.G00.90.001", "Nombre total de rubriques", Format.ENTIER, 12);
        o("S90.G00.90.002", "Nombre de DSN", Format.ENTIER, 5);
    }

    private NormeDsn() {
    }

    public static Bloc bloc(String code) {
        return BLOCS.get(code);
    }

    public static Rubrique rubrique(String code) {
        return RUBRIQUES.get(code);
    }

    /** The blocks of the norm handled here, in the order of the file. */
    public static Map<String, Bloc> blocs() {
        return Collections.unmodifiableMap(BLOCS);
    }

    /** The rubrics of one block, by code. */
    public static Map<String, Rubrique> rubriques(String bloc) {
        Map<String, Rubrique> rubriques = new LinkedHashMap<>();
        RUBRIQUES.forEach((code, rubrique) -> {
            if (code.startsWith(bloc + ".")) {
                rubriques.put(code, rubrique);
            }
        });
        return rubriques;
    }

    private static void bloc(String code, String libelle, String parent, int min, int max) {
        BLOCS.put(code, new Bloc(code, libelle, parent, min, max));
    }

    private static void o(String code, String libelle, Format format, int longueur) {
        RUBRIQUES.put(code, new Rubrique(code, libelle, format, longueur, true, Set.of()));
    }

    private static void f(String code, String libelle, Format format, int longueur) {
        RUBRIQUES.put(code, new Rubrique(code, libelle, format, longueur, false, Set.of()));
    }

    private static void o(String code, String libelle, String valeurs) {
        RUBRIQUES.put(code, new Rubrique(code, libelle, Format.TEXTE, 6, true, valeurs(valeurs)));
    }

    private static void f(String code, String libelle, String valeurs) {
        RUBRIQUES.put(code, new Rubrique(code, libelle, Format.TEXTE, 6, false, valeurs(valeurs)));
    }

    private static Set<String> valeurs(String liste) {
        return Collections.unmodifiableSet(new TreeSet<>(Arrays.asList(liste.split(" "))));
    }
}
