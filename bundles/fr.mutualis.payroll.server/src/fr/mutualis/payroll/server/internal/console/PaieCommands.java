package fr.mutualis.payroll.server.internal.console;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.console.Console;
import fr.mutualis.core.server.config.PrivateFiles;
import fr.mutualis.core.console.Table;
import fr.mutualis.payroll.api.Agent;
import fr.mutualis.payroll.api.AgentSaisie;
import fr.mutualis.payroll.api.AgentService;
import fr.mutualis.payroll.api.BulletinResume;
import fr.mutualis.payroll.api.DocumentsPaieService;
import fr.mutualis.payroll.api.FormatFrancais;
import fr.mutualis.payroll.api.ImportAgentsService;
import fr.mutualis.payroll.api.JournalPaie;
import fr.mutualis.payroll.api.PaieMois;
import fr.mutualis.payroll.api.PaieService;
import fr.mutualis.payroll.api.PresentationBulletin;
import fr.mutualis.payroll.api.TotalArticle;
import fr.mutualis.payroll.api.TotalLigneJournal;
import fr.mutualis.payroll.server.internal.EmployeursPaie;
import fr.mutualis.payroll.server.internal.IdentiteEmployeur;
import fr.mutualis.payroll.server.internal.ReferentielPaie;

/**
 * Gogo commands of the payroll (scope paie): agents and their import, the employer's identity, run, validation,
 * payslips and journal (shown, or written as PDF files), parameter files. They run as the console administrator, who
 * sees NIRs masked in lists; a payslip PDF carries its agent's NIR in full, as every payslip does.
 */
@Component(service = PaieCommands.class, property = { "osgi.command.scope=paie", "osgi.command.function=agents",
        "osgi.command.function=run", "osgi.command.function=validate", "osgi.command.function=payslip",
        "osgi.command.function=journal", "osgi.command.function=load", "osgi.command.function=parameters",
        "osgi.command.function=import", "osgi.command.function=employer" })
public final class PaieCommands {

    private final AgentService agents;
    private final PaieService paie;
    private final ReferentielPaie referentiel;
    private final EmployeursPaie employeurs;
    private final ImportAgentsService importation;
    private final DocumentsPaieService documents;

    @Activate
    public PaieCommands(@Reference AgentService agents, @Reference PaieService paie,
            @Reference ReferentielPaie referentiel, @Reference EmployeursPaie employeurs,
            @Reference ImportAgentsService importation, @Reference DocumentsPaieService documents) {
        this.agents = agents;
        this.paie = paie;
        this.referentiel = referentiel;
        this.employeurs = employeurs;
        this.importation = importation;
        this.documents = documents;
    }

    @Descriptor("Importe les agents d'un fichier CSV (format : docs/payroll.md, « Import d'agents ») : tout ou rien, "
            + "chaque problème est signalé avec sa ligne et sa colonne")
    public Object _import(@Descriptor("code de la collectivité") String collectivite,
            @Descriptor("chemin du fichier CSV (UTF-8, séparateur ;)") String fichier) {
        return Console.run(() -> {
            CollectiviteId id = CollectiviteId.of(collectivite);
            String contenu = lire(Path.of(fichier));
            long debut = System.nanoTime();
            int nombre = importation.importerAgents(id, contenu);
            return Console.number(nombre) + " agent(s) importé(s) dans la collectivité " + id + " en "
                    + String.format(Locale.FRANCE, "%.1f", (System.nanoTime() - debut) / 1e9) + " s.";
        });
    }

    @Descriptor("Enregistre le SIRET et l'adresse de l'employeur, imprimés sur les bulletins de paie")
    public Object employer(@Descriptor("code de la collectivité") String collectivite,
            @Descriptor("SIRET de l'établissement employeur (14 chiffres)") String siret,
            @Descriptor("adresse postale, entre guillemets (ex. \"Place de la Mairie, 74200 Brizon\")") String adresse) {
        return Console.run(() -> {
            CollectiviteId id = CollectiviteId.of(collectivite);
            IdentiteEmployeur identite = employeurs.enregistrer(id, new IdentiteEmployeur(siret, adresse));
            return "Employeur " + id + " : SIRET " + identite.siret() + ", " + identite.adresse()
                    + ". Les bulletins l'impriment désormais.";
        });
    }

    @Descriptor("Liste les agents d'une collectivité (NIR masqué)")
    public Object agents(@Descriptor("code INSEE ou SIREN de la collectivité (l'employeur)") String collectivite) {
        return Console.run(() -> {
            Table table = new Table("Matricule", "Nom", "Prénom", "NIR", "Statut", "Grade", "Éch.", "IM", "NBI",
                    "Quotité", "Entrée").right(6).right(7).right(8).right(9);
            for (Agent agent : agents.agents(CollectiviteId.of(collectivite))) {
                AgentSaisie a = agent.donnees();
                table.row(a.matricule(), a.nom(), a.prenom(), a.nir(), a.statut().libelle(),
                        a.codeGrade() == null ? "—" : a.codeGrade(), a.codeGrade() == null ? "" : a.echelon(),
                        a.indiceMajore(), a.pointsNbi(), a.quotite().toPlainString(), a.dateEntree());
            }
            return table + Console.number(table.size()) + " agent(s)";
        });
    }

    @Descriptor("Calcule la paie d'un mois (tous les bulletins, en une fois) ; remplace le brouillon précédent")
    public Object run(@Descriptor("code de la collectivité") String collectivite,
            @Descriptor("mois, au format AAAA-MM (ex. 2026-01)") String mois) {
        return Console.run(() -> {
            CollectiviteId id = CollectiviteId.of(collectivite);
            long debut = System.nanoTime();
            PaieMois calculee = paie.lancerPaie(id, mois(mois));
            double secondes = (System.nanoTime() - debut) / 1e9;
            return "Paie " + FormatFrancais.deMois(calculee.mois()) + " calculée pour " + id + " en "
                    + String.format(Locale.FRANCE, "%.1f", secondes) + " s : " + resume(calculee)
                    + "\nÀ valider par l'ordonnateur : paie:validate " + id + " " + calculee.mois() + ".";
        });
    }

    @Descriptor("Valide la paie d'un mois : elle est alors verrouillée (et mandatée si le module budget est activé)")
    public Object validate(@Descriptor("code de la collectivité") String collectivite,
            @Descriptor("mois, au format AAAA-MM") String mois) {
        return Console.run(() -> {
            PaieMois validee = paie.validerPaie(CollectiviteId.of(collectivite), mois(mois));
            return "Paie " + FormatFrancais.deMois(validee.mois()) + " validée : " + resume(validee)
                    + (validee.comptabilisation() == null ? "" : "\n" + validee.comptabilisation());
        });
    }

    @Descriptor("Affiche le bulletin de paie d'un agent pour un mois (le même contenu que le PDF)")
    public Object payslip(@Descriptor("code de la collectivité") String collectivite,
            @Descriptor("mois, au format AAAA-MM") String mois, @Descriptor("matricule de l'agent") String matricule) {
        return Console.run(() -> {
            CollectiviteId id = CollectiviteId.of(collectivite);
            YearMonth m = mois(mois);
            AgentSaisie agent = agents.agents(id).stream().map(Agent::donnees)
                    .filter(a -> a.matricule().equalsIgnoreCase(matricule)).findFirst()
                    .orElseThrow(() -> new DonneeInvalideException("Aucun agent de matricule « " + matricule
                            + " » dans la collectivité " + id + "."));
            if (m.isBefore(YearMonth.from(agent.dateEntree()))) {
                throw new DonneeInvalideException("Le mois de paie " + m + " précède la date d'entrée de l'agent ("
                        + agent.dateEntree() + ") : aucun bulletin.");
            }
            BulletinResume resume = paie.bulletins(id, m).stream()
                    .filter(b -> b.matricule().equalsIgnoreCase(matricule)).findFirst()
                    .orElseThrow(() -> new DonneeInvalideException("Pas de bulletin " + FormatFrancais.deMois(m)
                            + " pour " + agent.matricule() + " : lancez la paie du mois (paie:run " + id + " " + m
                            + ")."));
            return texte(documents.presentationBulletin(id, resume.id()));
        });
    }

    @Descriptor("Écrit le bulletin de paie d'un agent en PDF dans un dossier, ou avec « tous » les bulletins du mois en "
            + "un seul PDF")
    public Object payslip(@Descriptor("code de la collectivité") String collectivite,
            @Descriptor("mois, au format AAAA-MM") String mois,
            @Descriptor("matricule de l'agent, ou « tous » pour tous les bulletins du mois") String matricule,
            @Descriptor("dossier où écrire le PDF (créé s'il n'existe pas)") String dossier) {
        return Console.run(() -> {
            CollectiviteId id = CollectiviteId.of(collectivite);
            YearMonth m = mois(mois);
            if (matricule.equalsIgnoreCase("tous")) {
                return ecrire(Path.of(dossier), "bulletins-" + id + "-" + m + ".pdf", documents.bulletinsPdf(id, m));
            }
            BulletinResume resume = paie.bulletins(id, m).stream()
                    .filter(b -> b.matricule().equalsIgnoreCase(matricule)).findFirst()
                    .orElseThrow(() -> new DonneeInvalideException("Pas de bulletin " + FormatFrancais.deMois(m)
                            + " pour le matricule « " + matricule + " » dans la collectivité " + id + "."));
            return ecrire(Path.of(dossier), "bulletin-" + id + "-" + m + "-" + resume.matricule() + ".pdf",
                    documents.bulletinPdf(id, resume.id()));
        });
    }

    @Descriptor("Écrit le journal de paie d'un mois en PDF dans un dossier")
    public Object journal(@Descriptor("code de la collectivité") String collectivite,
            @Descriptor("mois, au format AAAA-MM") String mois,
            @Descriptor("dossier où écrire le PDF (créé s'il n'existe pas)") String dossier) {
        return Console.run(() -> {
            CollectiviteId id = CollectiviteId.of(collectivite);
            YearMonth m = mois(mois);
            return ecrire(Path.of(dossier), "journal-paie-" + id + "-" + m + ".pdf", paie.journalPdf(id, m));
        });
    }

    @Descriptor("Affiche le journal de paie d'un mois : totaux par rubrique et par article budgétaire du chapitre 012")
    public Object journal(@Descriptor("code de la collectivité") String collectivite,
            @Descriptor("mois, au format AAAA-MM") String mois) {
        return Console.run(() -> {
            JournalPaie journal = paie.journal(CollectiviteId.of(collectivite), mois(mois));
            Table lignes = new Table("Rubrique", "Bulletins", "Base", "Part salariale", "Part patronale").right(1)
                    .right(2).right(3).right(4);
            for (TotalLigneJournal l : journal.lignes()) {
                lignes.row(l.libelle(), l.nombre(), FormatFrancais.montant(l.base()),
                        FormatFrancais.montant(l.montantSalarial()), FormatFrancais.montant(l.montantPatronal()));
            }
            Table articles = new Table("Article", "Libellé", "Montant").right(2);
            for (TotalArticle a : journal.articles()) {
                articles.row(TotalArticle.CHAPITRE + "/" + a.article(), a.libelle(), FormatFrancais.montant(a.montant()));
            }
            return "Journal de paie " + FormatFrancais.deMois(journal.paie().mois()) + ", " + journal.nomCollectivite()
                    + " (" + journal.collectivite() + ") : " + resume(journal.paie()) + "\n\n" + lignes + "\n"
                    + articles;
        });
    }

    @Descriptor("Charge un fichier de paramètres de paie ou de grilles indiciaires (JSON) : les valeurs nouvelles "
            + "s'ajoutent, une valeur contraire à une valeur connue est refusée ; le fichier est conservé")
    public Object load(@Descriptor("chemin du fichier JSON") String fichier) {
        return Console.run(() -> {
            Path chemin = Path.of(fichier);
            try {
                return referentiel.charger(chemin.getFileName().toString(),
                        Files.readString(chemin, StandardCharsets.UTF_8));
            } catch (NoSuchFileException e) {
                throw new DonneeInvalideException("Fichier introuvable : " + chemin.toAbsolutePath() + ".");
            } catch (IOException e) {
                throw new DonneeInvalideException("Fichier illisible : " + chemin.toAbsolutePath() + " ("
                        + e.getMessage() + ").");
            }
        });
    }

    @Descriptor("Affiche les paramètres de paie en vigueur un mois donné, avec leur référence juridique")
    public Object parameters(@Descriptor("mois, au format AAAA-MM (facultatif : le mois courant)") String... mois) {
        return Console.run(() -> {
            YearMonth m = mois == null || mois.length == 0 ? YearMonth.now() : mois(mois[0]);
            return ListeParametres.texte(referentiel.parametres(), m.atDay(1));
        });
    }

    /** Writes a document readable by its owner only (it holds personal pay data); says where. */
    private static String ecrire(Path dossier, String nom, byte[] pdf) {
        Path fichier = dossier.resolve(nom).toAbsolutePath();
        try {
            PrivateFiles.folder(dossier);
            try (OutputStream sortie = PrivateFiles.create(fichier)) {
                sortie.write(pdf);
            }
        } catch (IOException e) {
            throw new DonneeInvalideException("Écriture impossible de " + fichier + " (" + e.getMessage() + ").");
        }
        return "Écrit : " + fichier + " (" + Console.number(pdf.length / 1024 + 1) + " Ko).";
    }

    private static String lire(Path chemin) {
        try {
            return Files.readString(chemin, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DonneeInvalideException("Fichier introuvable : " + chemin.toAbsolutePath() + ".");
        } catch (IOException e) {
            throw new DonneeInvalideException("Fichier illisible : " + chemin.toAbsolutePath() + " ("
                    + e.getMessage() + ") ; il doit être en UTF-8.");
        }
    }

    static YearMonth mois(String texte) {
        try {
            return YearMonth.parse(texte == null ? "" : texte.strip());
        } catch (DateTimeParseException e) {
            throw new DonneeInvalideException("Mois invalide « " + texte + " » : format attendu AAAA-MM, par exemple "
                    + "2026-01.");
        }
    }

    private static String resume(PaieMois p) {
        return Console.number(p.nombreBulletins()) + " bulletin(s) ; brut " + FormatFrancais.montant(p.brut())
                + " € ; net à payer " + FormatFrancais.montant(p.netAPayer()) + " € ; coût employeur "
                + FormatFrancais.montant(p.coutEmployeur()) + " € (paie " + p.etat().libelle() + ")";
    }

    private static String texte(PresentationBulletin b) {
        StringBuilder sb = new StringBuilder(b.titre()).append('\n').append(b.periode()).append("\n\n");
        b.employeur().forEach(c -> sb.append("  ").append(c.libelle()).append(" : ").append(c.valeur()).append('\n'));
        sb.append('\n');
        b.agent().forEach(c -> sb.append("  ").append(c.libelle()).append(" : ").append(c.valeur()).append('\n'));
        sb.append('\n');
        Table table = new Table(PresentationBulletin.COLONNES.toArray(String[]::new)).right(1).right(2).right(3)
                .right(4).right(5).right(6);
        b.rangees().forEach(r -> table.row(r.cellules().toArray()));
        sb.append(table).append('\n');
        b.recapitulatif().forEach(c -> sb.append("  ").append(c.libelle()).append(" : ").append(c.valeur())
                .append('\n'));
        sb.append('\n');
        b.mentions().forEach(m -> sb.append(m).append('\n'));
        return sb.toString().stripTrailing();
    }
}
