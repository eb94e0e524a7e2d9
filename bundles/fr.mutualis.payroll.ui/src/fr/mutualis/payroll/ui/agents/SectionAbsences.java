package fr.mutualis.payroll.ui.agents;

import java.util.List;
import java.util.function.Supplier;

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
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.payroll.api.AbsenceAgent;
import fr.mutualis.payroll.api.AbsenceService;
import fr.mutualis.payroll.api.NatureAbsence;
import fr.mutualis.remote.client.ServerConnection;

/**
 * The absences of the agent shown in the form (maladie ordinaire with its jour de carence or its exemption, grève by
 * the day or by the hour): the list, and a line to declare one; the next run of the month deducts them. Every
 * problem is listed before anything is sent; the server refuses an overlap or a validated month.
 */
final class SectionAbsences {

    private static final NatureAbsence[] NATURES = NatureAbsence.values();

    private final Group groupe;
    private final org.eclipse.swt.widgets.List liste;
    private final Combo nature;
    private final Text debut;
    private final Text fin;
    private final Text heures;
    private final Button sansCarence;
    private final Button ajouter;
    private final Button supprimer;
    private final Text message;
    private final Supplier<ServerConnection> connexion;
    private CollectiviteId collectivite;
    private Long agentId;
    private List<AbsenceAgent> absences = List.of();

    SectionAbsences(Composite parent, Supplier<ServerConnection> connexion) {
        this.connexion = connexion;
        groupe = Widgets.id(new Group(parent, SWT.NONE), "paie.absences");
        groupe.setText("Absences (maladie ordinaire, grève, jour de carence)");
        groupe.setLayout(new GridLayout(2, false));
        groupe.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        liste = Widgets.id(new org.eclipse.swt.widgets.List(groupe, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL),
                "paie.absences.liste");
        GridData donnees = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        donnees.heightHint = 60;
        donnees.widthHint = 280;
        liste.setLayoutData(donnees);
        new Label(groupe, SWT.NONE).setText("Nature :");
        nature = Widgets.id(new Combo(groupe, SWT.READ_ONLY | SWT.DROP_DOWN), "paie.absences.nature");
        for (NatureAbsence n : NATURES) {
            nature.add(n.libelle());
        }
        nature.select(0);
        new Label(groupe, SWT.NONE).setText("Premier jour (JJ/MM/AAAA) :");
        debut = champ("paie.absences.debut", 90);
        new Label(groupe, SWT.NONE).setText("Dernier jour (JJ/MM/AAAA) :");
        fin = champ("paie.absences.fin", 90);
        new Label(groupe, SWT.NONE).setText("Heures (grève d'une partie du jour) :");
        heures = champ("paie.absences.heures", 50);
        sansCarence = Widgets.id(new Button(groupe, SWT.CHECK), "paie.absences.sanscarence");
        sansCarence.setText("Sans jour de carence (prolongation, ALD…)");
        sansCarence.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        ajouter = Widgets.id(new Button(groupe, SWT.PUSH), "paie.absences.ajouter");
        ajouter.setText("Ajouter l'absence");
        ajouter.addListener(SWT.Selection, e -> ajouter());
        supprimer = Widgets.id(new Button(groupe, SWT.PUSH), "paie.absences.supprimer");
        supprimer.setText("Supprimer l'absence choisie");
        supprimer.addListener(SWT.Selection, e -> supprimer());
        message = Widgets.id(new Text(groupe, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP), "paie.absences.message");
        GridData texte = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        texte.widthHint = 280;
        texte.heightHint = 45;
        message.setLayoutData(texte);
        agent(null, null);
    }

    private Text champ(String id, int largeur) {
        Text texte = Widgets.id(new Text(groupe, SWT.BORDER), id);
        texte.setLayoutData(new GridData(largeur, SWT.DEFAULT));
        return texte;
    }

    /** Shows the absences of that agent (null: a new agent, not saved yet: nothing to declare). */
    void agent(CollectiviteId id, Long agent) {
        collectivite = id;
        agentId = agent;
        absences = List.of();
        liste.removeAll();
        boolean actif = id != null && agent != null;
        ajouter.setEnabled(actif);
        supprimer.setEnabled(actif);
        message.setForeground(null);
        message.setText(actif ? "" : "Enregistrez l'agent pour saisir ses absences.");
        if (actif) {
            charger();
        }
    }

    private void charger() {
        CollectiviteId id = collectivite;
        Long agent = agentId;
        RemoteCall.run("Absences de l'agent", () -> connexion.get().service(AbsenceService.class).absences(id, agent),
                lues -> {
                    if (liste.isDisposed() || !agent.equals(agentId)) {
                        return;
                    }
                    absences = lues;
                    liste.removeAll();
                    lues.forEach(a -> liste.add(LectureAbsence.libelle(a.absence())));
                    if (lues.isEmpty()) {
                        liste.add("(aucune absence saisie)");
                    }
                }, this::refus);
    }

    private void ajouter() {
        LectureAbsence.Lecture lecture = LectureAbsence.lire(NATURES[Math.max(0, nature.getSelectionIndex())],
                debut.getText(), fin.getText(), heures.getText(), sansCarence.getSelection());
        if (!lecture.erreurs().isEmpty()) {
            refus(String.join("\n", lecture.erreurs()));
            return;
        }
        CollectiviteId id = collectivite;
        Long agent = agentId;
        ajouter.setEnabled(false);
        RemoteCall.run("Déclaration d'une absence", () -> connexion.get().service(AbsenceService.class)
                .declarerAbsence(id, agent, lecture.absence()), declaree -> {
                    if (groupe.isDisposed()) {
                        return;
                    }
                    ajouter.setEnabled(true);
                    debut.setText("");
                    fin.setText("");
                    heures.setText("");
                    sansCarence.setSelection(false);
                    message.setForeground(null);
                    message.setText("Absence enregistrée : " + LectureAbsence.libelle(declaree.absence())
                            + ". Relancez la paie du mois pour la prendre en compte.");
                    charger();
                }, erreur -> {
                    if (!groupe.isDisposed()) {
                        ajouter.setEnabled(true);
                        refus(erreur);
                    }
                });
    }

    private void supprimer() {
        int index = liste.getSelectionIndex();
        if (index < 0 || index >= absences.size()) {
            refus("Choisissez d'abord l'absence à supprimer dans la liste.");
            return;
        }
        AbsenceAgent choisie = absences.get(index);
        CollectiviteId id = collectivite;
        RemoteCall.run("Suppression d'une absence", () -> {
            connexion.get().service(AbsenceService.class).supprimerAbsence(id, choisie.id());
            return choisie;
        }, supprimee -> {
            if (!groupe.isDisposed()) {
                message.setForeground(null);
                message.setText("Absence supprimée : " + LectureAbsence.libelle(supprimee.absence()) + ".");
                charger();
            }
        }, this::refus);
    }

    private void refus(String texte) {
        if (!message.isDisposed()) {
            message.setForeground(message.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            message.setText(texte);
        }
    }
}
