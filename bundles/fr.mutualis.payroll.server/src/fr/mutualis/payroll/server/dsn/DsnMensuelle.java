package fr.mutualis.payroll.server.dsn;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.mutualis.payroll.api.Bulletin;
import fr.mutualis.payroll.api.LigneBulletin;
import fr.mutualis.payroll.api.RegimeRetraite;
import fr.mutualis.payroll.api.Statut;
import fr.mutualis.payroll.server.calcul.CodesLignes;

/**
 * Writes the DSN mensuelle (nature 01, type 01 "déclaration normale", one fraction) of a validated payroll month of
 * one territorial employer, norme NEODeS {@value NormeDsn#VERSION}: envoi (S10), déclaration (S20), entreprise and
 * établissement (S21.G00.06/11), then per agent the individu (30), contrat (40), versement individu (50) with its
 * rémunérations (51), bases assujetties (78) and cotisations individuelles (81), and the total (S90). Codes come from
 * {@link NormeDsn} and {@link Organisme}; every amount is a payslip amount, so the file reconciles with the month's
 * journal ({@link ValidateurDsn#rapprocher}).
 * <p>
 * Left out (the data model does not hold them yet): the date of birth (S21.G00.30.006) and the PCS-ESE
 * (S21.G00.40.004) unless given, addresses, APE codes, the S21.G00.20 versements and the S21.G00.22/23 Urssaf
 * bordereau (organism identifiers and CTP codes not sourced), the accident-du-travail rubrics of contractuels.
 */
public final class DsnMensuelle {

    private static final DateTimeFormatter JJMMAAAA = DateTimeFormatter.ofPattern("ddMMyyyy");
    /** Monthly hours of a full-time post: 35 h x 52 / 12 (quotité de référence, S21.G00.40.012). */
    private static final BigDecimal HEURES_MOIS_TEMPS_COMPLET = new BigDecimal("151.67");
    private static final BigDecimal DUREE_LEGALE = new BigDecimal("35");

    /**
     * The employer and the contact of the sending.
     *
     * @param siren 9 digits; {@code nic}: the 5 digits of the establishment that pays the agents (SIRET = SIREN + NIC)
     * @param essai true for a test file (S10.G00.00.005 = 01), false for a real one (02)
     */
    public record Employeur(String siren, String nic, String nom, String contactNom, String contactMel,
            String contactTelephone, boolean essai) {
    }

    /**
     * One agent paid in the month.
     *
     * @param nir           the 15-character NIR (key included); the DSN carries its first 13 characters
     * @param dateNaissance null when unknown (then S21.G00.30.006 is missing and the validator says so)
     * @param pcsEse        PCS-ESE code of the job, or null when unknown (S21.G00.40.004)
     * @param tauxPersonnel true when the PAS rate is the agent's own rate sent by the DGFiP (type 01), false for the
     *                      taux neutre grid (type 13, barème mensuel métropole)
     */
    public record Individu(String nir, String nom, String prenom, String matricule, Statut statut,
            LocalDate dateEntree, LocalDate dateNaissance, String pcsEse, BigDecimal heuresHebdomadairesPoste,
            BigDecimal quotite, int indiceMajore, int pointsNbi, boolean tauxPersonnel, Bulletin bulletin) {
    }

    private DsnMensuelle() {
    }

    /** The lines of the file, S90 totals included. */
    public static List<LigneDsn> construire(Employeur employeur, YearMonth mois, LocalDate dateFichier,
            String numeroOrdre, List<Individu> individus) {
        List<LigneDsn> l = new ArrayList<>();
        String siret = employeur.siren() + employeur.nic();
        ajouter(l, "S10.G00.00.001", "MUTUALIS");
        ajouter(l, "S10.G00.00.002", "MUTUALIS");
        ajouter(l, "S10.G00.00.003", "1.1.0");
        ajouter(l, "S10.G00.00.005", employeur.essai() ? "01" : "02");
        ajouter(l, "S10.G00.00.006", NormeDsn.VERSION);
        ajouter(l, "S10.G00.00.007", "01");
        ajouter(l, "S10.G00.00.008", "01");
        ajouter(l, "S10.G00.01.001", employeur.siren());
        ajouter(l, "S10.G00.01.002", employeur.nic());
        ajouter(l, "S10.G00.01.003", texte(employeur.nom(), 60));
        ajouter(l, "S10.G00.02.002", texte(employeur.contactNom(), 80));
        ajouter(l, "S10.G00.02.004", employeur.contactMel());
        ajouter(l, "S10.G00.02.005", employeur.contactTelephone());
        ajouter(l, "S20.G00.05.001", "01");
        ajouter(l, "S20.G00.05.002", "01");
        ajouter(l, "S20.G00.05.003", "11");
        ajouter(l, "S20.G00.05.004", numeroOrdre);
        ajouter(l, "S20.G00.05.005", date(mois.atDay(1)));
        ajouter(l, "S20.G00.05.007", date(dateFichier));
        ajouter(l, "S20.G00.05.008", "01");
        ajouter(l, "S20.G00.05.010", "01");
        ajouter(l, "S21.G00.06.001", employeur.siren());
        ajouter(l, "S21.G00.06.002", employeur.nic());
        ajouter(l, "S21.G00.11.001", employeur.nic());
        ajouter(l, "S21.G00.11.017", "02");
        for (Individu individu : individus) {
            individu(l, individu, mois, siret);
        }
        ajouter(l, "S90.G00.90.001", Integer.toString(l.size() + 2));
        ajouter(l, "S90.G00.90.002", "1");
        return l;
    }

    /** The file's text: one line per rubric, each ended by a line feed. */
    public static String texte(List<LigneDsn> lignes) {
        StringBuilder texte = new StringBuilder();
        lignes.forEach(ligne -> texte.append(ligne.texte()).append('\n'));
        return texte.toString();
    }

    private static void individu(List<LigneDsn> l, Individu i, YearMonth mois, String siret) {
        Bulletin b = i.bulletin();
        boolean cnracl = b.regime() == RegimeRetraite.CNRACL;
        ajouter(l, "S21.G00.30.001", i.nir().substring(0, 13));
        ajouter(l, "S21.G00.30.002", texte(i.nom(), 80));
        ajouter(l, "S21.G00.30.004", texte(i.prenom(), 80));
        ajouter(l, "S21.G00.30.005", i.nir().charAt(0) == '1' ? "01" : "02");
        if (i.dateNaissance() != null) {
            ajouter(l, "S21.G00.30.006", date(i.dateNaissance()));
        }
        ajouter(l, "S21.G00.30.019", i.matricule());

        BigDecimal heuresMois = HEURES_MOIS_TEMPS_COMPLET.multiply(i.heuresHebdomadairesPoste())
                .multiply(i.quotite()).divide(DUREE_LEGALE, 2, RoundingMode.HALF_UP);
        boolean tempsPartiel = i.quotite().compareTo(BigDecimal.ONE) < 0;
        ajouter(l, "S21.G00.40.001", date(i.dateEntree()));
        ajouter(l, "S21.G00.40.002", "10"); // agent de la fonction publique territoriale
        // 99 "pas de retraite complémentaire" (the RAFP is additional, not complementary); 98 "retraite
        // complémentaire ne définissant pas de statut cadre ou non-cadre" for the IRCANTEC
        ajouter(l, "S21.G00.40.003", cnracl ? "99" : "98");
        if (i.pcsEse() != null) {
            ajouter(l, "S21.G00.40.004", i.pcsEse());
        }
        // 50 nomination dans la fonction publique; 10 contrat à durée déterminée de droit public (the agent record
        // has no contract type: every contractuel is declared on a fixed-term public-law contract)
        ajouter(l, "S21.G00.40.007", i.statut().estFonctionnaire() ? "50" : "10");
        ajouter(l, "S21.G00.40.008", "99");
        ajouter(l, "S21.G00.40.009", i.matricule());
        ajouter(l, "S21.G00.40.011", "10"); // heure
        ajouter(l, "S21.G00.40.012", HEURES_MOIS_TEMPS_COMPLET.toPlainString());
        ajouter(l, "S21.G00.40.013", heuresMois.toPlainString());
        ajouter(l, "S21.G00.40.014", tempsPartiel ? "20" : "10");
        ajouter(l, "S21.G00.40.016", "99");
        ajouter(l, "S21.G00.40.018", "200"); // régime général (CNAM)
        ajouter(l, "S21.G00.40.019", siret);
        ajouter(l, "S21.G00.40.020", cnracl ? "120" : "200"); // CNRACL or régime général (CNAV)
        ajouter(l, "S21.G00.40.024", "99");
        ajouter(l, "S21.G00.40.026", switch (i.statut()) {
            case TITULAIRE -> "01";
            case STAGIAIRE -> "08";
            case CONTRACTUEL -> "02";
        });
        ajouter(l, "S21.G00.40.036", "03"); // situation non connue
        ajouter(l, "S21.G00.40.037", "03");
        // 999: sans régime obligatoire (fonctionnaire des trois fonctions publiques); 200: régime général
        ajouter(l, "S21.G00.40.039", cnracl ? "999" : "200");
        ajouter(l, "S21.G00.40.053", i.heuresHebdomadairesPoste().compareTo(DUREE_LEGALE) < 0 ? "02" : "01");
        if (tempsPartiel) {
            ajouter(l, "S21.G00.40.055", i.quotite().movePointRight(2).setScale(2, RoundingMode.HALF_UP)
                    .toPlainString());
        }
        ajouter(l, "S21.G00.40.058", Integer.toString(i.indiceMajore()));
        if (i.pointsNbi() > 0) {
            ajouter(l, "S21.G00.40.059", i.pointsNbi() + ".00");
        }

        LigneBulletin pas = b.ligne(CodesLignes.PRELEVEMENT_A_LA_SOURCE).orElse(null);
        ajouter(l, "S21.G00.50.001", date(mois.atEndOfMonth()));
        ajouter(l, "S21.G00.50.002", montant(b.totaux().netImposable()));
        ajouter(l, "S21.G00.50.003", "1");
        ajouter(l, "S21.G00.50.004", montant(b.totaux().netAPayer()));
        ajouter(l, "S21.G00.50.006", pas == null || pas.tauxSalarial() == null ? "0.00"
                : pas.tauxSalarial().setScale(2, RoundingMode.HALF_UP).toPlainString());
        ajouter(l, "S21.G00.50.007", i.tauxPersonnel() ? "01" : "13");
        ajouter(l, "S21.G00.50.009", montant(b.totaux().prelevementALaSource()));
        ajouter(l, "S21.G00.50.013", montant(b.totaux().netImposable()));

        ajouter(l, "S21.G00.51.001", date(mois.atDay(1)));
        ajouter(l, "S21.G00.51.002", date(mois.atEndOfMonth()));
        ajouter(l, "S21.G00.51.010", i.matricule());
        ajouter(l, "S21.G00.51.011", "001"); // rémunération brute non plafonnée
        ajouter(l, "S21.G00.51.013", montant(b.totaux().brut()));
        b.ligne(CodesLignes.TRAITEMENT_INDICIAIRE).ifPresent(tib -> {
            ajouter(l, "S21.G00.51.001", date(mois.atDay(1)));
            ajouter(l, "S21.G00.51.002", date(mois.atEndOfMonth()));
            ajouter(l, "S21.G00.51.010", i.matricule());
            ajouter(l, "S21.G00.51.011", "010"); // salaire de base
            ajouter(l, "S21.G00.51.012", heuresMois.toPlainString());
            ajouter(l, "S21.G00.51.013", montant(tib.montantSalarial()));
        });

        for (Map.Entry<String, List<LigneBulletin>> base : bases(b).entrySet()) {
            List<LigneBulletin> lignes = base.getValue();
            BigDecimal assiette = "28".equals(base.getKey())
                    ? lignes.stream().map(LigneBulletin::base).reduce(BigDecimal.ZERO, BigDecimal::add)
                    : lignes.get(0).base();
            ajouter(l, "S21.G00.78.001", base.getKey());
            ajouter(l, "S21.G00.78.002", date(mois.atDay(1)));
            ajouter(l, "S21.G00.78.003", date(mois.atEndOfMonth()));
            ajouter(l, "S21.G00.78.004", montant(assiette));
            ajouter(l, "S21.G00.78.006", i.matricule());
            cotisations(l, lignes);
        }
    }

    /** The contributions of the payslip grouped by base assujettie, in the order of the codes of base. */
    private static Map<String, List<LigneBulletin>> bases(Bulletin b) {
        Map<String, List<LigneBulletin>> bases = new TreeMap<>();
        BigDecimal deplafonnee = b.ligne(CodesLignes.MALADIE).map(LigneBulletin::base).orElse(null);
        for (LigneBulletin ligne : b.lignes()) {
            Organisme.Declaration d = Organisme.declaration(ligne.code());
            if (d == null || ligne.base() == null) {
                continue;
            }
            String base = d.base();
            if (CodesLignes.FNAL.equals(ligne.code()) && deplafonnee != null
                    && ligne.base().compareTo(deplafonnee) != 0) {
                base = "02"; // FNAL on the capped base
            }
            bases.computeIfAbsent(base, code -> new ArrayList<>()).add(ligne);
        }
        return bases;
    }

    /** S21.G00.81 blocks of one base: one per code, lines sharing a code (CSG) summed. */
    private static void cotisations(List<LigneDsn> l, List<LigneBulletin> lignes) {
        Map<String, BigDecimal[]> parCode = new LinkedHashMap<>();
        for (LigneBulletin ligne : lignes) {
            Organisme.Declaration d = Organisme.declaration(ligne.code());
            if (d.codeUnique()) {
                cumuler(parCode, d.codeSalarial(), ligne.base(), ligne.montantSalarial().add(ligne.montantPatronal()));
            } else {
                cumuler(parCode, d.codeSalarial(), ligne.base(), ligne.montantSalarial());
                cumuler(parCode, d.codePatronal(), ligne.base(), ligne.montantPatronal());
            }
        }
        parCode.forEach((code, montants) -> {
            ajouter(l, "S21.G00.81.001", code);
            ajouter(l, "S21.G00.81.003", montant(montants[0]));
            ajouter(l, "S21.G00.81.004", montant(montants[1]));
        });
    }

    private static void cumuler(Map<String, BigDecimal[]> parCode, String code, BigDecimal base, BigDecimal montant) {
        if (montant.signum() == 0 && !parCode.containsKey(code)) {
            return;
        }
        BigDecimal[] cumul = parCode.computeIfAbsent(code, c -> new BigDecimal[] { base, BigDecimal.ZERO });
        cumul[1] = cumul[1].add(montant);
    }

    private static void ajouter(List<LigneDsn> l, String code, String valeur) {
        if (valeur != null && !valeur.isBlank()) {
            l.add(new LigneDsn(code, valeur.strip()));
        }
    }

    static String date(LocalDate date) {
        return date == null ? null : date.format(JJMMAAAA);
    }

    static String montant(BigDecimal montant) {
        return montant.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** Text cut to the rubric's length, without line breaks. */
    private static String texte(String valeur, int longueur) {
        if (valeur == null) {
            return null;
        }
        String propre = valeur.replaceAll("[\\r\\n]", " ").strip();
        return propre.length() <= longueur ? propre : propre.substring(0, longueur);
    }
}
