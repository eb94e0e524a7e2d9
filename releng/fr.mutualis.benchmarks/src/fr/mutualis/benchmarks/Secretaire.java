package fr.mutualis.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import fr.mutualis.budget.api.BordereauService;
import fr.mutualis.budget.api.BudgetService;
import fr.mutualis.budget.api.ExecutionService;
import fr.mutualis.budget.api.FicheBordereau;
import fr.mutualis.budget.api.Imputation;
import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.Piece;
import fr.mutualis.budget.api.PreparationBordereau;
import fr.mutualis.budget.api.SaisiePiece;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.TiersService;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.CollectiviteService;
import fr.mutualis.payroll.api.AgentService;
import fr.mutualis.payroll.api.ImportAgentsService;
import fr.mutualis.payroll.api.PaieMois;
import fr.mutualis.payroll.api.PaieService;
import fr.mutualis.remote.client.ServerConnection;
import fr.mutualis.urbanism.api.CanalDepot;
import fr.mutualis.urbanism.api.DepotDossier;
import fr.mutualis.urbanism.api.DossierDetail;
import fr.mutualis.urbanism.api.Parcelle;
import fr.mutualis.urbanism.api.Petitionnaire;
import fr.mutualis.urbanism.api.TypeDossier;
import fr.mutualis.urbanism.api.UrbanismeService;

/**
 * One simulated secretary of a commune, logged in once (her connection kept open between runs, as a client stays
 * open through the day), doing a fixed month's work per run: {@value #CALLS_PER_MONTH} calls.
 */
final class Secretaire {

    static final int MANDATS = 6;
    static final int DOSSIERS = 2;
    /** consulter, budgets, tiers, mandats, registre, preparer, bordereaux, agents, lancerPaie, bulletins, journal,
     * dépôts, consulter dossier */
    static final int CALLS_PER_MONTH = 3 + MANDATS + 7 + DOSSIERS + 1;

    final CollectiviteId commune;
    final int agents;
    final ServerConnection connection;
    private long tiers;

    Secretaire(CollectiviteId commune, int agents, ServerConnection connection) {
        this.commune = commune;
        this.agents = agents;
        this.connection = connection;
    }

    /** Her supplier and her agents, once, before the runs (not timed). */
    void prepare(Donnees donnees, int first) {
        tiers = connection.service(TiersService.class).enregistrerTiers(commune, Donnees.FOURNISSEUR).id();
        StringBuilder csv = new StringBuilder(Donnees.ENTETE_AGENTS);
        synchronized (donnees) {
            for (int i = 0; i < agents; i++) {
                csv.append(Donnees.ligneCsv(donnees.agent(first + i)));
            }
        }
        int imported = connection.service(ImportAgentsService.class).importerAgents(commune, csv.toString());
        if (imported != agents) {
            throw new IllegalStateException(commune.code() + ": " + imported + " agents imported of " + agents);
        }
    }

    /** The month of run {@code run} (July 2026 for the first): every call timed, every write believed recorded. */
    void month(LoadRun load) {
        YearMonth mois = YearMonth.of(2026, 6 + load.run);
        String code = commune.code();
        load.call("CollectiviteService.consulter", () -> connection.service(CollectiviteService.class).consulter(commune));
        load.call("BudgetService.budgets", () -> connection.service(BudgetService.class).budgets(commune));
        load.call("TiersService.tiers", () -> connection.service(TiersService.class).tiers(commune));
        ExecutionService execution = connection.service(ExecutionService.class);
        List<Integer> numeros = new ArrayList<>();
        for (int k = 1; k <= MANDATS; k++) {
            String objet = objet(load.run, code, k);
            SaisiePiece saisie = new SaisiePiece("00", Sens.DEPENSE, Donnees.EXERCICE, mois.atDay(k), objet, tiers,
                    List.of(new LignePiece(new Imputation(Section.FONCTIONNEMENT, "011", "60632", "020", null),
                            new BigDecimal(120 + 7 * k).add(BigDecimal.valueOf(k, 2)), null, null)),
                    List.of(), "03", null);
            Piece piece = load.call("ExecutionService.emettre", () -> execution.emettre(commune, saisie));
            if (piece != null) {
                numeros.add(piece.numero());
                load.believe("mandat", code, objet);
            }
        }
        load.call("ExecutionService.registre", () -> execution.registre(commune, "00", Donnees.EXERCICE, Sens.DEPENSE));
        BordereauService bordereaux = connection.service(BordereauService.class);
        if (!numeros.isEmpty()) {
            FicheBordereau fiche = load.call("BordereauService.preparer", () -> bordereaux.preparer(commune,
                    new PreparationBordereau("00", Sens.DEPENSE, Donnees.EXERCICE, mois.atDay(28), numeros)));
            if (fiche != null) {
                load.believe("bordereau", code, Long.toString(fiche.id()));
            }
        }
        load.call("BordereauService.bordereaux", () -> bordereaux.bordereaux(commune, "00", Donnees.EXERCICE));
        load.call("AgentService.agents", () -> connection.service(AgentService.class).agents(commune));
        PaieService paie = connection.service(PaieService.class);
        PaieMois calculee = load.call("PaieService.lancerPaie", () -> paie.lancerPaie(commune, mois));
        if (calculee != null) {
            load.believe("paie", code, mois.toString());
        }
        load.call("PaieService.bulletins", () -> paie.bulletins(commune, mois));
        load.call("PaieService.journal", () -> paie.journal(commune, mois));
        UrbanismeService urbanisme = connection.service(UrbanismeService.class);
        String dernier = null;
        for (int k = 1; k <= DOSSIERS; k++) {
            String description = description(load.run, code, k);
            DepotDossier depot = DepotDossier.initial(k == 1 ? TypeDossier.DP : TypeDossier.PC, mois.atDay(10 + k),
                    CanalDepot.PAPIER, k == 1 ? "13703*08" : "13409*09", new Petitionnaire("Durand", "Marie",
                            "1 place de l'Église", "marie.durand@example.org"), "Chemin des Prés",
                    List.of(new Parcelle("AB", 10 + k)), description);
            DossierDetail dossier = load.call("UrbanismeService.deposer", () -> urbanisme.deposer(commune, depot));
            if (dossier != null) {
                load.believe("dossier", code, description);
                dernier = dossier.resume().numero();
            }
        }
        if (dernier != null) {
            String numero = dernier;
            load.call("UrbanismeService.consulter", () -> urbanisme.consulter(commune, numero));
        }
    }

    static String objet(int run, String code, int k) {
        return "Fournitures charge " + run + " " + code + " " + k;
    }

    static String description(int run, String code, int k) {
        return "Projet charge " + run + " " + code + " " + k;
    }

    static LocalDate bordereauDate(int run) {
        return YearMonth.of(2026, 6 + run).atDay(28);
    }
}
