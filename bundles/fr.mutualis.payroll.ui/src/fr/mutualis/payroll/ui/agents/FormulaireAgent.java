package fr.mutualis.payroll.ui.agents;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import fr.mutualis.client.Widgets;
import fr.mutualis.payroll.api.CategorieTpp;
import fr.mutualis.payroll.api.GradeGrille;
import fr.mutualis.payroll.api.Statut;
import fr.mutualis.payroll.api.ZoneResidence;

/**
 * The agent form: one labelled field per {@link ChampAgent} (combos for the lists), a save button and the list of
 * problems. It only shows and returns texts; {@link LectureFormulaire} reads them. The grade is chosen by name among
 * the grades the server knows (a grid code can still be typed), and choosing a grade and an échelon fills in the
 * échelon's indice majoré.
 */
final class FormulaireAgent {

    private static final Map<ChampAgent, String[][]> CHOIX = Map.of(
            ChampAgent.STATUT, choix(Statut.values(), Statut::libelle),
            ChampAgent.ZONE, choix(ZoneResidence.values(), ZoneResidence::libelle),
            ChampAgent.TPP, choix(CategorieTpp.values(), c -> c == CategorieTpp.AUCUNE ? "aucune" : "catégorie "
                    + c.name()));

    private final Map<ChampAgent, Control> champs = new EnumMap<>(ChampAgent.class);
    private final Label titre;
    private final Text problemes;
    private final Button enregistrer;
    private List<GradeGrille> grades = List.of();

    FormulaireAgent(Composite parent) {
        Composite zone = new Composite(parent, SWT.NONE);
        zone.setLayout(new GridLayout(2, false));
        titre = Widgets.id(new Label(zone, SWT.NONE), "paie.agent.titre");
        titre.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        for (ChampAgent champ : ChampAgent.values()) {
            new Label(zone, SWT.NONE).setText(champ.libelle() + " :");
            Control control;
            if (champ == ChampAgent.GRADE) {
                control = new Combo(zone, SWT.DROP_DOWN);
            } else if (CHOIX.containsKey(champ)) {
                Combo combo = new Combo(zone, SWT.READ_ONLY | SWT.DROP_DOWN);
                for (String[] option : CHOIX.get(champ)) {
                    combo.add(option[1]);
                }
                control = combo;
            } else {
                control = new Text(zone, SWT.BORDER);
            }
            GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
            data.widthHint = champ == ChampAgent.GRADE ? 220 : 120; // grade names are long; the form fits 1280 px
            control.setLayoutData(data);
            champs.put(champ, Widgets.id(control, champ.id()));
        }
        ((Combo) champs.get(ChampAgent.GRADE)).addModifyListener(e -> indiceDeLEchelon());
        champs.get(ChampAgent.GRADE).addListener(SWT.Selection, e -> indiceDeLEchelon());
        ((Text) champs.get(ChampAgent.ECHELON)).addModifyListener(e -> indiceDeLEchelon());
        enregistrer = Widgets.id(new Button(zone, SWT.PUSH), "paie.agent.enregistrer");
        enregistrer.setText("Enregistrer");
        enregistrer.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        problemes = Widgets.id(new Text(zone, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP), "paie.agent.erreurs");
        problemes.setForeground(zone.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        data.widthHint = 380;
        data.heightHint = 120;
        problemes.setLayoutData(data);
        vider();
    }

    /** The grades offered in the grade list (by name), as the server gave them for today. */
    void grades(List<GradeGrille> offerts) {
        Combo combo = (Combo) champs.get(ChampAgent.GRADE);
        String code = LectureFormulaire.codeGrade(combo.getText());
        grades = List.copyOf(offerts);
        combo.setItems(grades.stream().map(GradeGrille::intitule).toArray(String[]::new));
        combo.setText(intitule(code));
    }

    /** The grade's name for {@code code}, or the code itself when it names no grade offered. */
    String intitule(String code) {
        return grade(code).map(GradeGrille::intitule).orElse(code == null ? "" : code);
    }

    private Optional<GradeGrille> grade(String code) {
        return grades.stream().filter(grade -> grade.code().equals(code)).findFirst();
    }

    /** When a grade of the list and one of its échelons are chosen, the indice majoré is that échelon's. */
    private void indiceDeLEchelon() {
        Optional<GradeGrille> grade = grade(LectureFormulaire.codeGrade(((Combo) champs.get(ChampAgent.GRADE))
                .getText()));
        String echelon = ((Text) champs.get(ChampAgent.ECHELON)).getText().strip();
        if (grade.isEmpty() || !echelon.matches("\\d{1,2}")) {
            return;
        }
        int indice = grade.get().indiceMajore(Integer.parseInt(echelon));
        if (indice > 0) {
            ((Text) champs.get(ChampAgent.INDICE)).setText(Integer.toString(indice));
        }
    }

    Button enregistrer() {
        return enregistrer;
    }

    Composite zone() {
        return enregistrer.getParent();
    }

    /** An empty form for a new agent, with the usual defaults (titulaire, full time, zone 3, no TPP). */
    void vider() {
        champs.forEach((champ, control) -> ecrire(control, champ, ""));
        ecrire(champs.get(ChampAgent.STATUT), ChampAgent.STATUT, Statut.TITULAIRE.name());
        ecrire(champs.get(ChampAgent.HEURES), ChampAgent.HEURES, "35");
        ecrire(champs.get(ChampAgent.QUOTITE), ChampAgent.QUOTITE, "1");
        ecrire(champs.get(ChampAgent.ZONE), ChampAgent.ZONE, ZoneResidence.ZONE_3.name());
        ecrire(champs.get(ChampAgent.TPP), ChampAgent.TPP, CategorieTpp.AUCUNE.name());
        titre.setText("Nouvel agent");
        problemes.setText("");
    }

    void afficher(String libelle, Map<ChampAgent, String> textes) {
        champs.forEach((champ, control) -> ecrire(control, champ, textes.getOrDefault(champ, "")));
        titre.setText(libelle);
        problemes.setText("");
    }

    Map<ChampAgent, String> textes() {
        Map<ChampAgent, String> textes = new EnumMap<>(ChampAgent.class);
        champs.forEach((champ, control) -> textes.put(champ, lire(control, champ)));
        return textes;
    }

    void problemes(List<String> messages) {
        problemes.setText(String.join("\n", messages));
        zone().layout(true, true);
    }

    void message(String texte) {
        problemes.setText(texte);
    }

    private void ecrire(Control control, ChampAgent champ, String valeur) {
        if (champ == ChampAgent.GRADE) {
            ((Combo) control).setText(intitule(valeur));
        } else if (control instanceof Combo combo) {
            String[][] options = CHOIX.get(champ);
            combo.deselectAll();
            for (int i = 0; i < options.length; i++) {
                if (options[i][0].equals(valeur)) {
                    combo.select(i);
                }
            }
        } else {
            ((Text) control).setText(valeur);
        }
    }

    private static String lire(Control control, ChampAgent champ) {
        if (champ == ChampAgent.GRADE) {
            return ((Combo) control).getText();
        }
        if (control instanceof Combo combo) {
            int index = combo.getSelectionIndex();
            return index < 0 ? "" : CHOIX.get(champ)[index][0];
        }
        return ((Text) control).getText();
    }

    /** {enum name, French label} pairs. */
    private static <E extends Enum<E>> String[][] choix(E[] valeurs, java.util.function.Function<E, String> libelle) {
        String[][] options = new String[valeurs.length][];
        for (int i = 0; i < valeurs.length; i++) {
            options[i] = new String[] { valeurs[i].name(), libelle.apply(valeurs[i]) };
        }
        return options;
    }
}
