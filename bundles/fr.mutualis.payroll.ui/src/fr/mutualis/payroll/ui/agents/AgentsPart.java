package fr.mutualis.payroll.ui.agents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

import fr.mutualis.client.RemoteCall;
import fr.mutualis.client.Liste;
import fr.mutualis.client.Widgets;
import fr.mutualis.core.api.CollectiviteDetail;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.MutualisException;
import fr.mutualis.core.api.Masquage;
import fr.mutualis.payroll.api.Agent;
import fr.mutualis.payroll.api.AgentService;
import fr.mutualis.payroll.api.ImportAgentsService;
import fr.mutualis.payroll.api.GradeGrille;
import fr.mutualis.payroll.api.GradeService;
import fr.mutualis.payroll.api.PayrollModule;
import fr.mutualis.remote.client.ServerConnection;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The agents of the selected collectivity: the list, and a form to create or change one. The form is checked on the
 * client first (every problem listed at once), then by the server (grade grid, uniqueness).
 */
public final class AgentsPart {

    private ServerConnection connexion;
    private CollectiviteDetail collectivite;
    private Liste<Agent> liste;
    private TableViewer table;
    private Label nombre;
    private FormulaireAgent formulaire;
    private SectionAbsences absences;
    private Agent courant;
    private Button importer;
    private List<GradeGrille> grades = List.of();
    /** What to say once the agent just saved is shown again (showing an agent clears the form's messages). */
    private String apresAffichage;

    @PostConstruct
    void creer(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite barre = new Composite(parent, SWT.NONE);
        barre.setLayout(new GridLayout(3, false));
        Button nouveau = Widgets.id(new Button(barre, SWT.PUSH), "paie.agents.nouveau");
        nouveau.setText("Nouvel agent");
        nouveau.addListener(SWT.Selection, e -> nouveau());
        importer = Widgets.id(new Button(barre, SWT.PUSH), "paie.agents.importer");
        importer.setText("Importer un fichier CSV…");
        importer.setToolTipText("Crée les agents d'un fichier CSV (une ligne d'en-tête, puis un agent par ligne) : "
                + "tout ou rien, chaque problème est signalé avec sa ligne et sa colonne");
        importer.addListener(SWT.Selection, e -> importer());
        nombre = Widgets.id(new Label(barre, SWT.NONE), "paie.agents.nombre");
        nombre.setLayoutData(new GridData(320, SWT.DEFAULT));

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite gauche = new Composite(sash, SWT.NONE);
        gauche.setLayout(new GridLayout(1, false));
        // The NIR is masked in the list for everyone (and so in its exports and prints); the form shows it in clear
        // to the payroll role, for corrections.
        liste = new Liste<Agent>(gauche, SWT.SINGLE, "paie.agents.table").titre("Agents")
                .colonne("Matricule", 80, a -> a.donnees().matricule())
                .colonne("Nom", 130, a -> a.donnees().nom())
                .colonne("Prénom", 110, a -> a.donnees().prenom())
                .colonne("NIR", 150, a -> a.nirMasque() ? a.donnees().nir() : Masquage.nir(a.donnees().nir()))
                .colonne("Statut", 90, a -> a.donnees().statut().libelle())
                .colonne("Grade", 220, a -> a.donnees().codeGrade() == null ? "—"
                        : nomDuGrade(a.donnees().codeGrade()) + ", éch. " + a.donnees().echelon())
                .nombre("IM", 50, a -> a.donnees().indiceMajore())
                .colonne("Quotité", 60, a -> LectureFormulaire.decimal(a.donnees().quotite()),
                        a -> a.donnees().quotite());
        table = liste.viewer();
        table.addSelectionChangedListener(e -> afficher((Agent) ((IStructuredSelection) e.getSelection())
                .getFirstElement()));

        ScrolledComposite defilement = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
        formulaire = new FormulaireAgent(defilement);
        absences = new SectionAbsences(formulaire.zone(), () -> connexion);
        defilement.setContent(formulaire.zone());
        defilement.setExpandHorizontal(true);
        defilement.setExpandVertical(true);
        defilement.setMinSize(formulaire.zone().computeSize(SWT.DEFAULT, SWT.DEFAULT));
        formulaire.enregistrer().addListener(SWT.Selection, e -> enregistrer());
        sash.setWeights(38, 62); // the form fits its width at 1280x800 and scrolls vertically
        charger(null);
    }

    @Inject
    @Optional
    void connexion(ServerConnection connexion) {
        this.connexion = connexion;
    }

    @Inject
    @Optional
    void collectivite(CollectiviteDetail detail) {
        this.collectivite = detail;
        if (table != null && !table.getTable().isDisposed()) {
            nouveau();
            charger(null);
        }
    }

    /** Loads the list of the selected collectivity, then selects {@code aSelectionner} when given. */
    private void charger(Long aSelectionner) {
        liste.vider();
        if (connexion == null || collectivite == null || !collectivite.moduleActif(PayrollModule.ID)) {
            nombre.setText("");
            return;
        }
        CollectiviteId id = collectivite.collectivite().id();
        nombre.setText("Chargement des agents…");
        RemoteCall.run("Grades", () -> connexion.service(GradeService.class).grades(id, null), offerts -> {
            if (!table.getTable().isDisposed() && id.equals(collectivite.collectivite().id())) {
                grades = offerts;
                formulaire.grades(offerts);
                table.refresh();
            }
        }, erreur -> formulaire.message(erreur));
        RemoteCall.run("Agents de " + collectivite.collectivite().nom(),
                () -> connexion.service(AgentService.class).agents(id), agents -> {
                    if (table.getTable().isDisposed() || !id.equals(collectivite.collectivite().id())) {
                        return;
                    }
                    liste.afficher(agents);
                    nombre.setText(agents.size() + " agent(s)");
                    agents.stream().filter(a -> Long.valueOf(a.id()).equals(aSelectionner)).findFirst()
                            .ifPresent(a -> table.setSelection(new StructuredSelection(a), true));
                }, erreur -> {
                    if (!nombre.isDisposed()) {
                        nombre.setText(erreur);
                    }
                });
    }

    /**
     * Imports the agents of a CSV file chosen in the file chooser: all or nothing; the server's report (line,
     * column, what is wrong) goes to the form's problem list.
     */
    private void importer() {
        if (connexion == null || collectivite == null || !collectivite.moduleActif(PayrollModule.ID)) {
            return;
        }
        FileDialog dialogue = new FileDialog(table.getTable().getShell(), SWT.OPEN);
        dialogue.setText("Importer des agents (fichier CSV)");
        dialogue.setFilterExtensions(new String[] { "*.csv", "*.*" });
        dialogue.setFilterNames(new String[] { "Fichiers CSV (*.csv)", "Tous les fichiers" });
        String choisi = dialogue.open();
        if (choisi == null) {
            return;
        }
        Path fichier = Path.of(choisi);
        CollectiviteId id = collectivite.collectivite().id();
        importer.setEnabled(false);
        formulaire.message("Import de " + fichier.getFileName() + " en cours…");
        RemoteCall.run("Import des agents de " + fichier.getFileName(), () -> {
            String contenu;
            try {
                contenu = Files.readString(fichier, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new MutualisException("Lecture impossible de « " + fichier + " » (" + e.getMessage()
                        + ") : le fichier doit être un texte UTF-8.");
            }
            return connexion.service(ImportAgentsService.class).importerAgents(id, contenu);
        }, importes -> {
            if (importer.isDisposed()) {
                return;
            }
            importer.setEnabled(true);
            formulaire.message(importes + " agent(s) importé(s) de " + fichier.getFileName() + ".");
            charger(null);
        }, erreur -> {
            if (importer.isDisposed()) {
                return;
            }
            importer.setEnabled(true);
            formulaire.problemes(List.of(erreur.split("\n")));
        });
    }

    /** The grade's name when the server offered it, else its code (a grid code such as C2). */
    private String nomDuGrade(String code) {
        return grades.stream().filter(g -> g.code().equals(code)).map(GradeGrille::libelle).findFirst().orElse(code);
    }

    private void nouveau() {
        courant = null;
        table.setSelection(StructuredSelection.EMPTY);
        formulaire.vider();
        absences.agent(null, null);
    }

    private void afficher(Agent agent) {
        if (agent == null) {
            return;
        }
        courant = agent;
        absences.agent(collectivite == null ? null : collectivite.collectivite().id(), agent.id());
        formulaire.afficher(agent.libelle() + (agent.nirMasque() ? " (NIR masqué : rôle Paie requis)" : ""),
                LectureFormulaire.textes(agent.donnees()));
        if (apresAffichage != null) {
            formulaire.message(apresAffichage);
            apresAffichage = null;
        }
    }

    private void enregistrer() {
        LectureFormulaire.Lecture lecture = LectureFormulaire.lire(formulaire.textes());
        if (!lecture.erreurs().isEmpty()) {
            formulaire.problemes(lecture.erreurs());
            return;
        }
        if (connexion == null || collectivite == null) {
            return;
        }
        CollectiviteId id = collectivite.collectivite().id();
        Agent modifie = courant;
        formulaire.message("Enregistrement…");
        formulaire.enregistrer().setEnabled(false);
        RemoteCall.run("Enregistrement de l'agent " + lecture.saisie().matricule(), () -> {
            AgentService service = connexion.service(AgentService.class);
            return modifie == null ? service.creerAgent(id, lecture.saisie())
                    : service.modifierAgent(id, modifie.id(), lecture.saisie());
        }, agent -> {
            formulaire.enregistrer().setEnabled(true);
            apresAffichage = "Agent enregistré : " + agent.libelle() + ".";
            formulaire.message(apresAffichage);
            courant = agent;
            absences.agent(id, agent.id());
            charger(agent.id());
        }, erreur -> {
            formulaire.enregistrer().setEnabled(true);
            formulaire.problemes(List.of(erreur.split("\n")));
        });
    }
}
