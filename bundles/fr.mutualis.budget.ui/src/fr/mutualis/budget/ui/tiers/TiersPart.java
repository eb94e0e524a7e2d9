package fr.mutualis.budget.ui.tiers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

import fr.mutualis.budget.api.BudgetModule;
import fr.mutualis.budget.api.FicheTiers;
import fr.mutualis.budget.api.Tiers;
import fr.mutualis.budget.api.TiersService;
import fr.mutualis.budget.ui.IbanAffiche;
import fr.mutualis.client.Formulaire;
import fr.mutualis.client.Liste;
import fr.mutualis.client.Dossiers;
import fr.mutualis.client.RemoteCall;
import fr.mutualis.client.Widgets;
import fr.mutualis.core.api.CollectiviteDetail;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.remote.client.ServerConnection;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The répertoire of tiers of the selected collectivity: the list, searched by name, SIRET/SIREN or city with the
 * filter field, and a form to create, change, deactivate or reactivate a tiers. Only one collectivity's tiers are
 * ever shown: the list and the form empty as soon as it changes.
 */
public final class TiersPart {

    private ServerConnection connexion;
    private CollectiviteDetail collectivite;
    private int generation;
    private Liste<FicheTiers> liste;
    private FormulaireTiers formulaire;
    private Label titreFiche;
    private Button enregistrer;
    private Button activer;
    private Label message;
    private ScrolledComposite defilement;
    private FicheTiers courant;

    @Inject
    @Optional
    void connexion(ServerConnection connexion) {
        this.connexion = connexion;
    }

    @Inject
    @Optional
    void collectivite(CollectiviteDetail detail) {
        if (detail == null || !detail.moduleActif(BudgetModule.ID)) {
            return;
        }
        collectivite = detail;
        generation++;
        if (liste != null && !message.isDisposed()) {
            nouveau();
            charger(null);
        }
    }

    @PostConstruct
    void creer(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite barre = new Composite(parent, SWT.NONE);
        barre.setLayout(new GridLayout(3, false));
        Button nouveau = Widgets.id(new Button(barre, SWT.PUSH), "budget.tiers.nouveau");
        nouveau.setText("Nouveau tiers");
        nouveau.addListener(SWT.Selection, e -> nouveau());
        Button actualiser = Widgets.id(new Button(barre, SWT.PUSH), "budget.tiers.actualiser");
        actualiser.setText("Actualiser");
        actualiser.addListener(SWT.Selection, e -> charger(courant == null ? null : courant.id()));
        Button importer = Widgets.id(new Button(barre, SWT.PUSH), "budget.tiers.importer");
        importer.setText("Importer (CSV)…");
        importer.setToolTipText("Ajoute les tiers d'un fichier CSV (colonnes : " + String.join(";",
                TiersService.COLONNES_IMPORT) + ") ; tout ou rien");
        importer.addListener(SWT.Selection, e -> importer());

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite gauche = new Composite(sash, SWT.NONE);
        gauche.setLayout(new GridLayout(1, false));
        liste = new Liste<FicheTiers>(gauche, SWT.SINGLE, "budget.tiers.liste")
                .titre("Répertoire des tiers")
                .colonne("Nom", 220, f -> f.tiers().nomComplet())
                .colonne("SIRET / SIREN", 130, f -> f.tiers().identifiant())
                .colonne("Ville", 120, f -> f.tiers().adresse().ville())
                .colonne("Code postal", 80, f -> f.tiers().adresse().codePostal())
                .colonne("IBAN", 130, f -> IbanAffiche.masque(f.iban()))
                .colonne("État", 80, f -> f.actif() ? "actif" : "désactivé");
        liste.surSelection(() -> afficher(liste.choisi()));

        defilement = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
        Composite droite = new Composite(defilement, SWT.NONE);
        droite.setLayout(new GridLayout(1, false));
        titreFiche = Widgets.id(new Label(droite, SWT.NONE), "budget.tiers.fiche");
        titreFiche.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        formulaire = new FormulaireTiers(droite, "budget.tiers", () -> { });
        Composite actions = new Composite(droite, SWT.NONE);
        actions.setLayout(new GridLayout(2, false));
        enregistrer = Widgets.id(new Button(actions, SWT.PUSH), "budget.tiers.enregistrer");
        enregistrer.setText("Enregistrer");
        enregistrer.addListener(SWT.Selection, e -> enregistrer());
        new Formulaire(enregistrer, () -> { }, this::nouveau).champs(formulaire.champs());
        activer = Widgets.id(new Button(actions, SWT.PUSH), "budget.tiers.activer");
        activer.setText("Désactiver");
        activer.addListener(SWT.Selection, e -> activer());
        message = Widgets.id(new Label(droite, SWT.WRAP), "budget.tiers.message");
        GridData largeur = new GridData(SWT.FILL, SWT.CENTER, true, false);
        largeur.widthHint = 400; // the message wraps within the form's width, whatever its length
        message.setLayoutData(largeur);
        defilement.setContent(droite);
        defilement.setExpandHorizontal(true);
        defilement.setExpandVertical(true);
        defilement.setMinSize(droite.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        sash.setWeights(44, 56); // the form whole at 1280x800, the list scrolling sideways
        nouveau();
        if (collectivite != null) {
            charger(null);
        }
    }

    @Focus
    void auPremierPlan() {
        if (!message.isDisposed()) {
            liste.viewer().getTable().setFocus();
        }
    }

    /** Runs a remote call; its result reaches the UI only if the collectivity has not changed meanwhile. */
    private <T> void appeler(String nom, Function<ServerConnection, T> appel, java.util.function.Consumer<T> resultat) {
        int pour = generation;
        ServerConnection c = connexion;
        if (c == null || collectivite == null) {
            message("Non connecté au serveur.", true);
            return;
        }
        RemoteCall.run(nom, () -> appel.apply(c), r -> {
            if (pour == generation && !message.isDisposed()) {
                resultat.accept(r);
            }
        }, erreur -> {
            if (pour == generation && !message.isDisposed()) {
                enregistrer.setEnabled(true);
                message(erreur, true);
            }
        });
    }

    private CollectiviteId id() {
        return collectivite.collectivite().id();
    }

    private void charger(Long aSelectionner) {
        charger(aSelectionner, null);
    }

    /** Reloads the répertoire, then shows {@code annonce} (the outcome of what was just done), if any. */
    private void charger(Long aSelectionner, String annonce) {
        liste.vider();
        if (collectivite == null) {
            return;
        }
        message("Chargement du répertoire des tiers de " + collectivite.collectivite().nom() + "…", false);
        appeler("Tiers de " + collectivite.collectivite().nom(), c -> c.service(TiersService.class).tiers(id()),
                (List<FicheTiers> tiers) -> {
                    liste.afficher(tiers);
                    tiers.stream().filter(f -> aSelectionner != null && f.id() == aSelectionner).findFirst()
                            .ifPresent(liste::selectionner);
                    // after the selection, which shows the chosen tiers and empties the message
                    message(annonce != null ? annonce : tiers.isEmpty()
                            ? "Aucun tiers dans le répertoire : saisissez le premier à droite." : "", false);
                });
    }

    private void nouveau() {
        courant = null;
        liste.selectionner(null);
        formulaire.vider();
        titreFiche.setText("Nouveau tiers");
        activer.setEnabled(false);
        activer.setText("Désactiver");
        message("", false);
        titreFiche.getParent().layout(true, true);
    }

    private void afficher(FicheTiers fiche) {
        if (fiche == null) {
            return;
        }
        courant = fiche;
        formulaire.afficher(fiche);
        titreFiche.setText("Tiers n° " + fiche.id() + " — " + fiche.tiers().nomComplet()
                + (fiche.actif() ? "" : " (désactivé)"));
        activer.setEnabled(true);
        activer.setText(fiche.actif() ? "Désactiver" : "Réactiver");
        message("", false);
        titreFiche.getParent().layout(true, true);
    }

    private void enregistrer() {
        Tiers tiers;
        try {
            tiers = formulaire.lire();
        } catch (DonneeInvalideException e) {
            message(e.getMessage(), true);
            return;
        }
        FicheTiers modifie = courant;
        enregistrer.setEnabled(false);
        message("Enregistrement…", false);
        appeler("Enregistrement du tiers " + tiers.nomComplet(), c -> modifie == null
                ? c.service(TiersService.class).enregistrerTiers(id(), tiers)
                : c.service(TiersService.class).modifierTiers(id(), modifie.id(), tiers), (FicheTiers f) -> {
                    enregistrer.setEnabled(true);
                    charger(f.id(), "Tiers enregistré : " + f.libelle() + ".");
                });
    }

    private void activer() {
        FicheTiers fiche = courant;
        if (fiche == null) {
            return;
        }
        appeler((fiche.actif() ? "Désactivation" : "Réactivation") + " d'un tiers",
                c -> c.service(TiersService.class).activerTiers(id(), fiche.id(), !fiche.actif()), (FicheTiers f) -> {
                    charger(f.id(), f.actif() ? "Tiers réactivé : il peut de nouveau figurer sur une pièce."
                            : "Tiers désactivé : il reste sur ses pièces mais n'est plus proposé pour les nouvelles.");
                });
    }

    private void importer() {
        if (collectivite == null) {
            return;
        }
        Path fichier = Dossiers.fichierALire(message.getShell(), "Importer des tiers", "*.csv", "Fichiers CSV");
        if (fichier != null) {
            importer(fichier);
        }
    }

    /** Sends the file's tiers to the server, all or nothing; the refused lines are listed in the message. */
    void importer(Path fichier) {
        String contenu;
        try {
            contenu = Files.readString(fichier, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            message("Lecture impossible de « " + fichier + " » : " + e.getMessage()
                    + " (le fichier doit être en UTF-8).", true);
            return;
        }
        message("Import de « " + fichier.getFileName() + " »…", false);
        appeler("Import de tiers", c -> c.service(TiersService.class).importerTiers(id(), contenu),
                (List<FicheTiers> ajoutes) -> {
                    charger(null, ajoutes.size() + " tiers importé(s) depuis « " + fichier.getFileName() + " ».");
                });
    }

    private void message(String texte, boolean erreur) {
        message.setText(texte);
        message.setForeground(Display.getCurrent().getSystemColor(erreur ? SWT.COLOR_RED
                : SWT.COLOR_WIDGET_FOREGROUND));
        message.getParent().layout(true);
        // a long refusal (IBAN key, SIRET…) makes the form taller: the scrolling area follows
        defilement.setMinSize(message.getParent().computeSize(SWT.DEFAULT, SWT.DEFAULT));
        if (erreur) {
            defilement.showControl(message);
        }
    }
}
