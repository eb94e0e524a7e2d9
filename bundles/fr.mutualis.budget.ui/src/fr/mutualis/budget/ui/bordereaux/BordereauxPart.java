package fr.mutualis.budget.ui.bordereaux;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
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
import fr.mutualis.budget.ui.Montants;
import fr.mutualis.budget.ui.PartBudget;
import fr.mutualis.budget.ui.Tableaux;
import fr.mutualis.client.Widgets;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.MutualisException;
import fr.mutualis.remote.client.ServerConnection;

/**
 * Bordereaux: the pièces not yet on a bordereau are checked and gathered on a bordereau in preparation; the
 * ordonnateur sends it (it then takes its number and is locked), exports sent bordereaux as a PES V2 file and prints
 * them, in a background job whose progress shows in the part.
 */
public final class BordereauxPart extends PartBudget {

    private Button mandats;
    private Table pieces;
    private Table bordereaux;
    private Text dossier;
    private ProgressBar progression;
    private Label tache;

    public BordereauxPart() {
        super("budget.bordereaux");
    }

    /** Free pièces and bordereaux of one budget and exercice. */
    private record Contenu(List<LigneRegistre> pieces, List<FicheBordereau> bordereaux) {
    }

    @Override
    protected void creerContenu(Composite parent) {
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
        pieces = Tableaux.creer(parent, SWT.CHECK | SWT.MULTI, "budget.bordereaux.pieces", ">N°|70", "Date|90",
                "Nature|90", "Tiers|200", "Objet|220", "Imputation|160", ">Montant|120");
        Button preparer = bouton(parent, "Préparer le bordereau avec les pièces cochées", "budget.bordereaux.preparer");
        preparer.addListener(SWT.Selection, e -> preparer());

        new Label(parent, SWT.NONE).setText("Bordereaux de l'exercice :");
        bordereaux = Tableaux.creer(parent, SWT.MULTI, "budget.bordereaux.liste", "Bordereau|300", "Statut|110",
                "Type|60", ">Pièces|70", ">Montant|120", ">Cumul antérieur|130", "Date|90");
        Composite actions = new Composite(parent, SWT.NONE);
        actions.setLayout(new GridLayout(6, false));
        actions.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        bouton(actions, "Envoyer (signer)", "budget.bordereaux.envoyer").addListener(SWT.Selection, e -> envoyer());
        bouton(actions, "Abandonner", "budget.bordereaux.abandonner").addListener(SWT.Selection, e -> abandonner());
        bouton(actions, "Exporter PES et PDF", "budget.bordereaux.exporter").addListener(SWT.Selection,
                e -> exporter());
        new Label(actions, SWT.NONE).setText("Dossier :");
        dossier = Widgets.id(new Text(actions, SWT.BORDER), "budget.bordereaux.dossier");
        dossier.setText(Path.of(System.getProperty("user.home"), "Mutualis", "exports").toString());
        dossier.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

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
        pieces.removeAll();
        bordereaux.removeAll();
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
        Set<Integer> cochees = Arrays.stream(pieces.getItems()).filter(TableItem::getChecked)
                .map(i -> ((LigneRegistre) i.getData()).numero()).collect(Collectors.toSet());
        pieces.removeAll();
        for (LigneRegistre l : contenu.pieces()) {
            Tableaux.ligne(pieces, l, String.valueOf(l.numero()), Montants.date(l.date()), l.nature().libelle(),
                    l.tiers(), l.objet(), l.imputations(), Montants.euros(l.montant()))
                    .setChecked(cochees.contains(l.numero()));
        }
        bordereaux.removeAll();
        for (FicheBordereau b : contenu.bordereaux()) {
            Tableaux.ligne(bordereaux, b, b.libelle(), b.statut().libelle(), b.type().code(),
                    String.valueOf(b.nombrePieces()), Montants.euros(b.montant()), Montants.euros(b.cumulAnterieur()),
                    Montants.date(b.date()));
        }
    }

    private void preparer() {
        List<Integer> numeros = Arrays.stream(pieces.getItems()).filter(TableItem::getChecked)
                .map(i -> ((LigneRegistre) i.getData()).numero()).toList();
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
        return Arrays.stream(bordereaux.getSelection()).map(i -> (FicheBordereau) i.getData()).toList();
    }

    private void envoyer() {
        List<FicheBordereau> choisis = selection().stream()
                .filter(b -> b.statut() == StatutBordereau.EN_PREPARATION).toList();
        if (choisis.isEmpty()) {
            statut("Sélectionnez un bordereau en préparation.", true);
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
                    tache.setText("Export terminé");
                    statut("Exporté dans " + cible + " : " + String.join(", ",
                            ecrits.stream().map(p -> p.getFileName().toString()).toList()), false);
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
