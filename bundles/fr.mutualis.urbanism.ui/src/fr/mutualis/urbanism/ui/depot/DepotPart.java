package fr.mutualis.urbanism.ui.depot;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import fr.mutualis.client.RemoteCall;
import fr.mutualis.client.Widgets;
import fr.mutualis.core.api.CollectiviteDetail;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.remote.client.ServerConnection;
import fr.mutualis.urbanism.api.CanalDepot;
import fr.mutualis.urbanism.api.DepotDossier;
import fr.mutualis.urbanism.api.DossierDetail;
import fr.mutualis.urbanism.api.TypeDossier;
import fr.mutualis.urbanism.api.UrbanismModule;
import fr.mutualis.urbanism.api.UrbanismeService;
import fr.mutualis.urbanism.ui.Dates;
import fr.mutualis.urbanism.ui.DossierOuvert;
import fr.mutualis.urbanism.ui.UrbanismeUi;
import fr.mutualis.urbanism.ui.depot.SaisieDepot.Champ;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The filing form of an application in the selected commune. Each field is checked as it is typed (messages for the
 * fields the user has touched); "Déposer" stays disabled until the whole form is valid; a refusal of the server is
 * shown in the form, which keeps what was typed. A filed dossier opens in the dossier view.
 */
public final class DepotPart {

    private static final String INVITATION = "Remplissez les champs marqués d'un astérisque (*) pour pouvoir "
            + "déposer le dossier.";

    @Inject
    private MApplication application;

    @Inject
    private EPartService parts;

    @Inject
    private IEventBroker events;

    @Inject
    @Optional
    private ServerConnection connection;

    private final SaisieDepot saisie = new SaisieDepot();
    private final Map<Champ, Text> champs = new EnumMap<>(Champ.class);
    private final Set<Champ> touches = EnumSet.noneOf(Champ.class);
    private CollectiviteDetail collectivite;
    private boolean remplissage;
    private boolean envoi;
    private Label titre;
    private Combo type;
    private Combo canal;
    private Label messages;
    private Button deposer;

    @Inject
    void collectiviteChanged(@Optional CollectiviteDetail detail) {
        boolean autre = detail == null || collectivite == null
                || !detail.collectivite().id().equals(collectivite.collectivite().id());
        collectivite = detail;
        if (titre != null && !titre.isDisposed()) {
            if (autre) {
                vider(); // nothing typed for one commune is ever filed for another
            }
            afficherCommune();
        }
    }

    @PostConstruct
    void create(Composite part) {
        Composite parent = Widgets.defilant(part);
        parent.setLayout(new GridLayout(1, false));
        titre = new Label(parent, SWT.NONE);
        titre.setFont(JFaceResources.getHeaderFont());
        titre.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        Composite colonnes = new Composite(parent, SWT.NONE);
        colonnes.setLayout(new GridLayout(2, true));
        colonnes.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        Group demande = groupe(colonnes, "Demande");
        type = Widgets.id(new Combo(ligne(demande, "Type *"), SWT.READ_ONLY), "urbanisme.depot.type");
        for (TypeDossier t : TypeDossier.values()) {
            type.add(t.name() + " — " + t.libelle());
        }
        type.addListener(SWT.Selection, e -> typeChoisi());
        texte(demande, "Date de dépôt *", Champ.DATE, "urbanisme.depot.date", SWT.BORDER);
        canal = Widgets.id(new Combo(ligne(demande, "Mode de dépôt *"), SWT.READ_ONLY), "urbanisme.depot.canal");
        for (CanalDepot c : CanalDepot.values()) {
            canal.add(c.libelle());
        }
        canal.addListener(SWT.Selection, e -> {
            saisie.canal(CanalDepot.values()[canal.getSelectionIndex()]);
            valider();
        });
        texte(demande, "Formulaire Cerfa *", Champ.CERFA, "urbanisme.depot.cerfa", SWT.BORDER);

        Group demandeur = groupe(colonnes, "Demandeur (pétitionnaire)");
        texte(demandeur, "Nom ou raison sociale *", Champ.NOM, "urbanisme.depot.nom", SWT.BORDER);
        texte(demandeur, "Prénom", Champ.PRENOM, "urbanisme.depot.prenom", SWT.BORDER);
        texte(demandeur, "Adresse *", Champ.ADRESSE_DEMANDEUR, "urbanisme.depot.adresse", SWT.BORDER);
        texte(demandeur, "Courriel", Champ.COURRIEL, "urbanisme.depot.courriel", SWT.BORDER);

        Group terrain = groupe(parent, "Terrain et projet");
        texte(terrain, "Adresse du terrain *", Champ.TERRAIN, "urbanisme.depot.terrain", SWT.BORDER);
        texte(terrain, "Parcelles * (ex. AB 123, AB 124)", Champ.PARCELLES, "urbanisme.depot.parcelles", SWT.BORDER);
        Text description = texte(terrain, "Description du projet *", Champ.DESCRIPTION, "urbanisme.depot.description",
                SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        ((GridData) description.getLayoutData()).heightHint = 60;

        messages = Widgets.id(new Label(parent, SWT.WRAP), "urbanisme.depot.messages");
        GridData place = new GridData(SWT.FILL, SWT.TOP, true, false);
        place.widthHint = 700;
        place.heightHint = 90;
        messages.setLayoutData(place);
        deposer = Widgets.id(new Button(parent, SWT.PUSH), "urbanisme.depot.deposer");
        deposer.setText("Déposer");
        deposer.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        deposer.addListener(SWT.Selection, e -> deposer());

        vider();
        afficherCommune();
    }

    private static Group groupe(Composite parent, String libelle) {
        Group groupe = new Group(parent, SWT.NONE);
        groupe.setText(libelle);
        groupe.setLayout(new GridLayout(2, false));
        groupe.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        return groupe;
    }

    /** Writes the field's caption and returns the parent for the field itself. */
    private static Composite ligne(Composite parent, String libelle) {
        new Label(parent, SWT.NONE).setText(libelle + " :");
        return parent;
    }

    private Text texte(Composite parent, String libelle, Champ champ, String id, int style) {
        Text text = Widgets.id(new Text(ligne(parent, libelle), style), id);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addListener(SWT.Modify, e -> {
            saisie.saisir(champ, text.getText());
            if (!remplissage) {
                touches.add(champ);
            }
            valider();
        });
        champs.put(champ, text);
        return text;
    }

    private void typeChoisi() {
        TypeDossier choisi = TypeDossier.values()[type.getSelectionIndex()];
        Text cerfa = champs.get(Champ.CERFA);
        boolean cerfaParDefaut = cerfa.getText().isBlank() || Arrays.stream(TypeDossier.values())
                .anyMatch(t -> t.cerfas().get(0).equals(cerfa.getText().strip()));
        saisie.type(choisi);
        if (cerfaParDefaut) {
            remplir(Champ.CERFA, choisi.cerfas().get(0));
        }
        valider();
    }

    private void remplir(Champ champ, String valeur) {
        remplissage = true;
        try {
            champs.get(champ).setText(valeur);
        } finally {
            remplissage = false;
        }
    }

    /** An empty form: a building permit for a house filed today on paper, nothing typed yet. */
    private void vider() {
        champs.keySet().forEach(champ -> remplir(champ, ""));
        remplir(Champ.DATE, Dates.format(Dates.aujourdhui()));
        touches.clear();
        type.select(TypeDossier.PCMI.ordinal());
        canal.select(CanalDepot.PAPIER.ordinal());
        saisie.canal(CanalDepot.PAPIER);
        typeChoisi();
    }

    private void afficherCommune() {
        titre.setText(commune() == null ? "Dépôt d'un dossier d'urbanisme"
                : "Dépôt d'un dossier d'urbanisme — " + collectivite.collectivite().libelle());
        titre.getParent().layout(true, true);
        valider();
    }

    private CollectiviteId commune() {
        return collectivite != null && collectivite.moduleActif(UrbanismModule.ID) ? collectivite.collectivite().id()
                : null;
    }

    private void valider() {
        if (messages == null || messages.isDisposed()) {
            return;
        }
        Map<Champ, String> erreurs = saisie.erreurs(Dates.aujourdhui());
        deposer.setEnabled(erreurs.isEmpty() && saisie.choixFaits() && commune() != null && !envoi);
        String visibles = String.join("\n", erreurs.entrySet().stream().filter(e -> touches.contains(e.getKey()))
                .map(Map.Entry::getValue).toList());
        afficher(visibles.isEmpty() && !erreurs.isEmpty() ? INVITATION : visibles, !visibles.isEmpty());
    }

    private void afficher(String texte, boolean erreur) {
        messages.setText(texte);
        messages.setForeground(messages.getDisplay().getSystemColor(erreur ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_GREEN));
    }

    private void deposer() {
        CollectiviteId commune = commune();
        if (!deposer.isEnabled() || commune == null || connection == null) {
            return;
        }
        DepotDossier depot = saisie.depot();
        ServerConnection serveur = connection;
        envoi = true;
        deposer.setEnabled(false);
        afficher("Dépôt en cours…", false);
        RemoteCall.run("Dépôt d'un dossier d'urbanisme",
                () -> serveur.service(UrbanismeService.class).deposer(commune, depot),
                this::depose,
                refus -> {
                    envoi = false;
                    if (!messages.isDisposed()) {
                        afficher("Dépôt refusé par le serveur :\n" + refus, true);
                        deposer.setEnabled(true);
                    }
                });
    }

    private void depose(DossierDetail dossier) {
        envoi = false;
        events.post(UrbanismeUi.TOPIC_DOSSIER_MODIFIE, dossier);
        if (messages.isDisposed()) {
            return;
        }
        vider();
        afficher("Dossier " + dossier.numero() + " déposé ; date limite d'instruction : "
                + Dates.format(dossier.resume().dateLimite()) + ".", false);
        application.getContext().set(DossierOuvert.class, new DossierOuvert(dossier.resume().commune(),
                dossier.numero()));
        parts.showPart(UrbanismeUi.PART_DOSSIER, PartState.ACTIVATE);
    }
}
