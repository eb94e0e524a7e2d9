package fr.mutualis.budget.ui.bordereaux;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Text;

import fr.mutualis.budget.api.BordereauService;
import fr.mutualis.budget.api.ExecutionService;
import fr.mutualis.budget.api.FicheBordereau;
import fr.mutualis.budget.api.FicheBudget;
import fr.mutualis.budget.api.Fichier;
import fr.mutualis.budget.api.LigneRegistre;
import fr.mutualis.budget.api.PreparationBordereau;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.StatutBordereau;
import fr.mutualis.client.ApercuPdf;
import fr.mutualis.client.Confirmation;
import fr.mutualis.client.Liste;
import fr.mutualis.budget.ui.Montants;
import fr.mutualis.budget.ui.PartBudget;
import fr.mutualis.client.Widgets;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.MutualisException;
import fr.mutualis.remote.client.ServerConnection;

/**
 * Bordereaux: the pièces not yet on a bordereau are checked and gathered on a bordereau in preparation, which can be
 * previewed (draft PDF); the ordonnateur sends it after a confirmation saying what cannot be undone (it then takes its
 * number and is locked), exports sent bordereaux as a PES V2 file and prints them into a chosen folder, in a background
 * job whose progress shows in the part, and opens what was produced.
 */
public final class BordereauxPart extends PartBudget {

    private Button mandats;
    private Liste<LigneRegistre> pieces;
    private Liste<FicheBordereau> bordereaux;
    private Text dossier;
    private Path produit;
    private ProgressBar progression;
    private Label tache;
    /** The bordereaux selected before a reload, selected again once it is shown (by id: their status may change). */
    private List<Long> aReselectionner = List.of();

    public BordereauxPart() {
        super("budget.bordereaux");
    }

    /** Free pièces and bordereaux of one budget and exercice. */
    private record Contenu(List<LigneRegistre> pieces, List<FicheBordereau> bordereaux) {
    }

    @Override
    protected void creerContenu(Composite partie) {
        // The part scrolls rather than squeezing its two lists (5 rows each at 1280x800)
        Composite parent = Widgets.defilantEnHauteur(partie);
        parent.setLayout(new GridLayout(1, false));
        Composite sens = new Composite(parent, SWT.NONE);
        sens.setLayout(new GridLayout(3, false));
        new Label(sens, SWT.NONE).setText("Pièces :");
        mandats = Widgets.id(new Button(sens, SWT.RADIO), "budget.bordereaux.mandats");
        mandats.setText("Mandats");
        mandats.setSelection(true);
        Button titres = Widgets.id(new Button(sens, SWT.RADIO), "budget.bordereaux.titres");
        titres.setText("Titres");
        mandats.addListener(SWT.Selection, e -> actualiser());
        titres.addListener(SWT.Selection, e -> actualiser());

        new Label(parent, SWT.NONE).setText("Pièces à mettre sur un bordereau (cochez-les) :");
        pieces = new Liste<LigneRegistre>(parent, SWT.CHECK | SWT.MULTI, "budget.bordereaux.pieces")
                .titre("Pièces sans bordereau")
                .nombre("N°", 70, LigneRegistre::numero)
                .colonne("Date", 90, l -> Montants.date(l.date()), LigneRegistre::date)
                .colonne("Nature", 90, l -> l.nature().libelle())
                .colonne("Tiers", 200, LigneRegistre::tiers)
                .colonne("Objet", 220, LigneRegistre::objet)
                .colonne("Imputation", 160, LigneRegistre::imputations)
                .montant("Montant", 120, LigneRegistre::montant)
                .lignesVisibles(5);
        Button preparer = bouton(parent, "Préparer le bordereau avec les pièces cochées", "budget.bordereaux.preparer");
        preparer.addListener(SWT.Selection, e -> preparer());

        new Label(parent, SWT.NONE).setText("Bordereaux de l'exercice :");
        bordereaux = new Liste<FicheBordereau>(parent, SWT.MULTI, "budget.bordereaux.liste")
                .titre("Bordereaux")
                .colonne("Bordereau", 300, FicheBordereau::libelle)
                .colonne("Statut", 110, b -> b.statut().libelle())
                .colonne("Type", 60, b -> b.type().code())
                .nombre("Pièces", 70, FicheBordereau::nombrePieces)
                .montant("Montant", 120, FicheBordereau::montant)
                .montant("Cumul antérieur", 130, FicheBordereau::cumulAnterieur)
                .colonne("Date", 90, b -> Montants.date(b.date()), FicheBordereau::date)
                .lignesVisibles(5);
        Composite actions = new Composite(parent, SWT.NONE);
        actions.setLayout(new GridLayout(4, false));
        actions.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        bouton(actions, "Aperçu (PDF)…", "budget.bordereaux.apercu").addListener(SWT.Selection, e -> apercu());
        bouton(actions, "Envoyer (signer)…", "budget.bordereaux.envoyer").addListener(SWT.Selection, e -> envoyer());
        bouton(actions, "Abandonner", "budget.bordereaux.abandonner").addListener(SWT.Selection, e -> abandonner());
        bouton(actions, "Exporter PES et PDF", "budget.bordereaux.exporter").addListener(SWT.Selection,
                e -> exporter());
        Composite export = new Composite(parent, SWT.NONE);
        export.setLayout(new GridLayout(4, false));
        export.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(export, SWT.NONE).setText("Dossier d'export :");
        dossier = Widgets.id(new Text(export, SWT.BORDER), "budget.bordereaux.dossier");
        dossier.setText(Path.of(System.getProperty("user.home"), "Mutualis", "exports").toString());
        dossier.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        bouton(export, "Choisir…", "budget.bordereaux.choisir").addListener(SWT.Selection, e -> choisirDossier());
        Button ouvrir = bouton(export, "Ouvrir", "budget.bordereaux.ouvrir");
        ouvrir.setToolTipText("Ouvrir le dossier d'export (ou le dernier export) avec l'application du système");
        ouvrir.addListener(SWT.Selection, e -> ouvrir());

        progression = Widgets.id(new ProgressBar(parent, SWT.SMOOTH), "budget.bordereaux.progression");
        progression.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        tache = Widgets.id(new Label(parent, SWT.NONE), "budget.bordereaux.tache");
        tache.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    private static Button bouton(Composite parent, String texte, String id) {
        Button bouton = Widgets.id(new Button(parent, SWT.PUSH), id);
        bouton.setText(texte);
        return bouton;
    }

    private Sens sens() {
        return mandats.getSelection() ? Sens.DEPENSE : Sens.RECETTE;
    }

    @Override
    protected void vider() {
        if (!bordereaux.selection().isEmpty()) {
            aReselectionner = bordereaux.selection().stream().map(FicheBordereau::id).toList();
        }
        pieces.vider();
        bordereaux.vider();
        produit = null;
    }

    @Override
    protected void budgetChoisi(FicheBudget budget, int exercice) {
        Sens sens = sens();
        appeler("Bordereaux du budget " + budget.code(), c -> new Contenu(
                c.service(ExecutionService.class).registre(collectiviteId(), budget.code(), exercice, sens).stream()
                        .filter(LigneRegistre::libre).toList(),
                c.service(BordereauService.class).bordereaux(collectiviteId(), budget.code(), exercice)),
                this::afficher);
    }

    /** Shows the free pièces and the bordereaux; a refresh keeps the pièces the user had already ticked. */
    private void afficher(Contenu contenu) {
        pieces.afficher(contenu.pieces());
        bordereaux.afficher(contenu.bordereaux());
        List<FicheBordereau> garder = contenu.bordereaux().stream().filter(b -> aReselectionner.contains(b.id()))
                .toList();
        aReselectionner = List.of();
        if (!garder.isEmpty()) {
            bordereaux.viewer().setSelection(new StructuredSelection(garder), true);
        }
    }

    private void preparer() {
        List<Integer> numeros = pieces.cochees().stream().map(LigneRegistre::numero).toList();
        FicheBudget budget = selecteur().budget();
        if (numeros.isEmpty() || budget == null) {
            statut("Cochez au moins une pièce.", true);
            return;
        }
        int exercice = selecteur().exercice();
        LocalDate jour = LocalDate.now().getYear() == exercice ? LocalDate.now() : LocalDate.of(exercice, 12, 31);
        PreparationBordereau preparation = new PreparationBordereau(budget.code(), sens(), exercice, jour, numeros);
        appeler("Préparation d'un bordereau", c -> c.service(BordereauService.class).preparer(collectiviteId(),
                preparation), (FicheBordereau b) -> {
                    actualiser();
                    statut(b.libelle() + " : " + b.nombrePieces() + " pièce(s), " + Montants.euros(b.montant())
                            + ". L'ordonnateur l'envoie (signe) pour le numéroter.", false);
                });
    }

    private List<FicheBordereau> selection() {
        return bordereaux.selection();
    }

    /** Sends the selected bordereaux in preparation, once the user confirmed what cannot be undone. */
    private void envoyer() {
        List<FicheBordereau> choisis = selection().stream()
                .filter(b -> b.statut() == StatutBordereau.EN_PREPARATION).toList();
        if (choisis.isEmpty()) {
            statut("Sélectionnez un bordereau en préparation.", true);
            return;
        }
        List<String> effets = new ArrayList<>();
        for (FicheBordereau b : choisis) {
            effets.add(b.libelle() + " : " + b.nombrePieces() + " pièce(s), " + Montants.euros(b.montant())
                    + ", reçoit le numéro suivant de sa série et est signé par l'ordonnateur.");
        }
        effets.add("Ses pièces sont verrouillées : elles ne peuvent plus être retirées ni modifiées.");
        effets.add("Le bordereau devient exportable (PES V2) pour le comptable public.");
        if (!Confirmation.demander(dossier.getShell(), "Envoyer " + (choisis.size() > 1 ? choisis.size()
                + " bordereaux" : "le bordereau"), "Vérifiez le bordereau (Aperçu) avant de l'envoyer.\n\n"
                        + String.join("\n", effets.stream().map(e -> "• " + e).toList()),
                "le numéro attribué et le contenu du bordereau sont définitifs ; une erreur se corrige ensuite par "
                        + "l'annulation ou la réduction de la pièce, sur un nouveau bordereau.", "Envoyer")) {
            statut("Envoi annulé : rien n'a été envoyé.", false);
            return;
        }
        appeler("Envoi de bordereau(x)", c -> choisis.stream().map(b -> c.service(BordereauService.class)
                .envoyer(collectiviteId(), b.id())).toList(), (List<FicheBordereau> envoyes) -> {
                    actualiser();
                    statut(String.join(", ", envoyes.stream().map(FicheBordereau::libelle).toList())
                            + " envoyé(s) : numéroté(s) et verrouillé(s).", false);
                });
    }

    private void abandonner() {
        List<FicheBordereau> choisis = selection();
        if (choisis.size() != 1 || choisis.get(0).statut() != StatutBordereau.EN_PREPARATION) {
            statut("Sélectionnez un seul bordereau en préparation : un bordereau envoyé ne s'abandonne pas.", true);
            return;
        }
        appeler("Abandon d'un bordereau", c -> {
            c.service(BordereauService.class).abandonner(collectiviteId(), choisis.get(0).id());
            return choisis.get(0);
        }, b -> {
            actualiser();
            statut("Bordereau en préparation abandonné : ses pièces sont de nouveau libres.", false);
        });
    }

    /** A PDF rendered for the preview: its file name and its pages as images. */
    private record Apercu(String nom, List<ImageData> pages) {
    }

    /** The printable bordereau (a draft while in preparation), shown inside the client page under page. */
    private void apercu() {
        List<FicheBordereau> choisis = selection();
        if (choisis.size() != 1) {
            statut("Sélectionnez un bordereau pour en voir l'aperçu.", true);
            return;
        }
        FicheBordereau b = choisis.get(0);
        statut("Aperçu de " + b.libelle() + " : génération du PDF…", false);
        appeler("Aperçu d'un bordereau", c -> {
            Fichier pdf = c.service(BordereauService.class).imprimer(collectiviteId(), b.id());
            return new Apercu(pdf.nom(), ApercuPdf.pages(pdf.contenu()));
        }, (Apercu apercu) -> {
            String projet = b.statut() == StatutBordereau.EN_PREPARATION ? " (projet, non numéroté)" : "";
            statut("Aperçu de " + b.libelle() + projet + " : " + apercu.nom() + ", " + apercu.pages().size()
                    + " page(s).", false);
            ApercuPdf.ouvrir(dossier.getShell(), "Aperçu — " + b.libelle() + projet, apercu.pages());
        });
    }

    private void choisirDossier() {
        DirectoryDialog choix = new DirectoryDialog(dossier.getShell(), SWT.OPEN);
        choix.setText("Dossier d'export");
        choix.setMessage("Choisissez le dossier où écrire le fichier PES et les bordereaux PDF.");
        choix.setFilterPath(dossier.getText());
        String chemin = choix.open();
        if (chemin != null) {
            dossier.setText(chemin);
        }
    }

    /** Opens the last file produced (preview) or the export folder with the system's application. */
    private void ouvrir() {
        Path cible = produit != null ? produit : Path.of(dossier.getText().strip());
        if (!Files.exists(cible)) {
            statut("Rien à ouvrir : " + cible + " n'existe pas encore.", true);
            return;
        }
        if (!Program.launch(cible.toString())) {
            statut("Aucune application du système n'ouvre " + cible + ".", true);
        }
    }

    /** Exports the selected sent bordereaux as one PES file, and prints each one, in a job with progress. */
    private void exporter() {
        List<FicheBordereau> choisis = selection().stream().filter(b -> b.statut() == StatutBordereau.ENVOYE).toList();
        if (choisis.isEmpty()) {
            statut("Sélectionnez un ou plusieurs bordereaux envoyés.", true);
            return;
        }
        Path cible = Path.of(dossier.getText().strip());
        ServerConnection connexion = connexion();
        CollectiviteId collectivite = collectiviteId();
        BarreDeProgression barre = new BarreDeProgression(progression, tache);
        Display display = Display.getCurrent();
        Job job = Job.create("Export PES des bordereaux", (IProgressMonitor monitor) -> {
            SubMonitor etapes = SubMonitor.convert(barre, "Export PES", 2 + choisis.size());
            try {
                Files.createDirectories(cible);
                etapes.subTask("génération du fichier PES par le serveur");
                Fichier pes = connexion.service(BordereauService.class).exporterPes(collectivite,
                        choisis.stream().map(FicheBordereau::id).toList());
                etapes.worked(1);
                etapes.subTask("écriture de " + pes.nom());
                List<Path> ecrits = new ArrayList<>(List.of(Files.write(cible.resolve(pes.nom()), pes.contenu())));
                etapes.worked(1);
                for (FicheBordereau b : choisis) {
                    etapes.subTask("bordereau imprimable (PDF) n° " + b.numero());
                    Fichier pdf = connexion.service(BordereauService.class).imprimer(collectivite, b.id());
                    ecrits.add(Files.write(cible.resolve(pdf.nom()), pdf.contenu()));
                    etapes.worked(1);
                }
                barre.done();
                display.asyncExec(siToujoursCourant(() -> {
                    produit = cible;
                    tache.setText("Export terminé");
                    statut("Exporté dans " + cible + " : " + String.join(", ",
                            ecrits.stream().map(p -> p.getFileName().toString()).toList())
                            + " (« Ouvrir » ouvre le dossier).", false);
                }));
            } catch (MutualisException | IOException e) {
                String message = e instanceof IOException ? "Écriture impossible dans " + cible + " : "
                        + e.getMessage() : e.getMessage();
                display.asyncExec(siToujoursCourant(() -> statut(message, true)));
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }
}
