package fr.mutualis.payroll.server.journal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.payroll.api.JournalPaie;
import fr.mutualis.payroll.api.LigneBulletin;
import fr.mutualis.payroll.api.NatureLigne;
import fr.mutualis.payroll.api.PaieMois;
import fr.mutualis.payroll.api.TotalArticle;
import fr.mutualis.payroll.api.TotalLigneJournal;
import fr.mutualis.payroll.api.TotauxBulletin;
import fr.mutualis.payroll.server.calcul.CodesLignes;

/** Sums the payslips of a month into the payroll journal: per line, per budget article, and in total. */
public final class ConstructionJournal {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    /** Lines whose label varies with the agent ("(IM 400)", "(2 enfants)") are summed under one label. */
    private static final Map<String, String> LIBELLES_GENERIQUES = Map.of(
            CodesLignes.TRAITEMENT_INDICIAIRE, "Traitement indiciaire brut",
            CodesLignes.NBI, "Nouvelle bonification indiciaire",
            CodesLignes.INDEMNITE_RESIDENCE, "Indemnité de résidence",
            CodesLignes.SUPPLEMENT_FAMILIAL, "Supplément familial de traitement",
            CodesLignes.TRANSFERT_PRIMES_POINTS, "Transfert primes/points",
            CodesLignes.PRELEVEMENT_A_LA_SOURCE, "Prélèvement à la source");

    private ConstructionJournal() {
    }

    /** The journal on the M57 développée articles. */
    public static JournalPaie construire(CollectiviteId collectivite, String nomCollectivite, PaieMois paie,
            List<BulletinPaye> bulletins) {
        return construire(collectivite, nomCollectivite, paie, bulletins, false);
    }

    /**
     * @param abregee true to charge the articles of the M57 abrégée (the chart of the collectivity's budget), so the
     *                journal's articles are those of the month's mandats
     */
    public static JournalPaie construire(CollectiviteId collectivite, String nomCollectivite, PaieMois paie,
            List<BulletinPaye> bulletins, boolean abregee) {
        Map<String, Cumul> lignes = new LinkedHashMap<>();
        Map<String, BigDecimal> articles = new TreeMap<>();
        TotauxBulletin totaux = new TotauxBulletin(ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO);
        for (BulletinPaye paye : bulletins) {
            for (LigneBulletin ligne : paye.bulletin().lignes()) {
                String libelle = LIBELLES_GENERIQUES.getOrDefault(ligne.code(), ligne.libelle());
                lignes.computeIfAbsent(ligne.code() + "\u0000" + libelle, cle -> new Cumul(ligne, libelle))
                        .ajouter(ligne);
            }
            VentilationBulletin.articles(paye, abregee).forEach((a, m) -> articles.merge(a, m, BigDecimal::add));
            totaux = somme(totaux, paye.bulletin().totaux());
        }
        List<TotalLigneJournal> totalLignes = new ArrayList<>(lignes.values().stream().map(Cumul::total).toList());
        totalLignes.sort(Comparator.comparing(total -> rang(total.nature())));
        List<TotalArticle> totalArticles = articles.entrySet().stream().map(e -> new TotalArticle(e.getKey(),
                ImputationsBudgetaires.libelle(e.getKey()), e.getValue())).toList();
        return new JournalPaie(collectivite, nomCollectivite, paie, totalLignes, totalArticles, totaux);
    }

    /** Pay elements first, then contributions, then the tax, as on a payslip. */
    private static int rang(NatureLigne nature) {
        return switch (nature) {
            case GAIN, DEDUCTION -> 0;
            case COTISATION, CONTRIBUTION_NON_DEDUCTIBLE -> 1;
            case IMPOT -> 2;
        };
    }

    private static TotauxBulletin somme(TotauxBulletin a, TotauxBulletin b) {
        return new TotauxBulletin(a.brut().add(b.brut()), a.cotisationsSalariales().add(b.cotisationsSalariales()),
                a.netAvantImpot().add(b.netAvantImpot()), a.netImposable().add(b.netImposable()),
                a.prelevementALaSource().add(b.prelevementALaSource()), a.netAPayer().add(b.netAPayer()),
                a.chargesPatronales().add(b.chargesPatronales()), a.coutEmployeur().add(b.coutEmployeur()));
    }

    /** Running sums of one line code and label. */
    private static final class Cumul {
        private final LigneBulletin premiere;
        private final String libelle;
        private int nombre;
        private BigDecimal base;
        private BigDecimal salarial = ZERO;
        private BigDecimal patronal = ZERO;

        Cumul(LigneBulletin premiere, String libelle) {
            this.premiere = premiere;
            this.libelle = libelle;
        }

        void ajouter(LigneBulletin ligne) {
            nombre++;
            if (ligne.base() != null) {
                base = base == null ? ligne.base() : base.add(ligne.base());
            }
            salarial = salarial.add(ligne.montantSalarial());
            patronal = patronal.add(ligne.montantPatronal());
        }

        TotalLigneJournal total() {
            return new TotalLigneJournal(premiere.code(), libelle, premiere.nature(), nombre, base,
                    salarial, patronal);
        }
    }
}
