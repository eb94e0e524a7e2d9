package fr.mutualis.payroll.ui.paie;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import fr.mutualis.client.Widgets;
import fr.mutualis.payroll.api.PresentationBulletin;
import fr.mutualis.payroll.api.PresentationBulletin.Champ;
import fr.mutualis.payroll.api.PresentationBulletin.Genre;
import fr.mutualis.payroll.api.PresentationBulletin.Rangee;

/**
 * The payslip on screen, laid out from the same {@link PresentationBulletin} as the PDF: title and period, the
 * employer and agent blocks, the table of lines (sections and totals in bold), the closing figures and the mentions.
 */
final class VueBulletin {

    /** The narrowest the rubriques' column gets; past that the payslip scrolls sideways. */
    private static final int RUBRIQUE_MINIMUM = 180;

    /** On screen, the long headers of the rates' and employer's columns are shortened (whole in their tooltip). */
    private static final Map<String, String> ENTETES_COURTS = Map.of("Taux salarial", "Taux sal.", "Taux patronal",
            "Taux pat.", "Part patronale", "Part pat.");

    private final Composite zone;
    private final Label titre;
    private final Label periode;
    private final Composite employeur;
    private final Composite agent;
    private final Table lignes;
    private final Composite recapitulatif;
    private final Label mentions;

    VueBulletin(Composite parent) {
        zone = new Composite(parent, SWT.NONE);
        zone.setLayout(new GridLayout(2, true));
        titre = Widgets.id(new Label(zone, SWT.NONE), "paie.bulletin.titre");
        titre.setFont(JFaceResources.getHeaderFont());
        titre.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        titre.setText("Choisissez un bulletin dans la liste.");
        periode = Widgets.id(new Label(zone, SWT.NONE), "paie.bulletin.periode");
        periode.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        employeur = bloc("paie.bulletin.employeur");
        agent = bloc("paie.bulletin.agent");
        lignes = Widgets.id(new Table(zone, SWT.BORDER | SWT.FULL_SELECTION), "paie.bulletin.lignes");
        lignes.setHeaderVisible(true);
        lignes.setLinesVisible(true);
        for (int i = 0; i < PresentationBulletin.COLONNES.size(); i++) {
            TableColumn colonne = new TableColumn(lignes, i == 0 ? SWT.LEFT : SWT.RIGHT);
            String entete = PresentationBulletin.COLONNES.get(i);
            colonne.setText(ENTETES_COURTS.getOrDefault(entete, entete));
            colonne.setToolTipText(entete);
            colonne.pack();
        }
        // the figures' columns take their content's width, the rubriques the rest: their labels are long
        lignes.addListener(SWT.Resize, e -> largeurRubriques());
        // a label still cut shows whole under the pointer
        lignes.addListener(SWT.MouseHover, e -> {
            TableItem item = lignes.getItem(new Point(e.x, e.y));
            lignes.setToolTipText(item == null ? null : item.getText(0));
        });
        GridData donnees = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        donnees.heightHint = 420;
        lignes.setLayoutData(donnees);
        recapitulatif = bloc("paie.bulletin.recapitulatif");
        mentions = Widgets.id(new Label(zone, SWT.WRAP), "paie.bulletin.mentions");
        GridData texte = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        texte.widthHint = 560;
        mentions.setLayoutData(texte);
    }

    Composite zone() {
        return zone;
    }

    void afficher(PresentationBulletin bulletin) {
        titre.setText(bulletin.titre());
        periode.setText(bulletin.periode());
        remplir(employeur, bulletin.employeur());
        remplir(agent, bulletin.agent());
        lignes.removeAll();
        for (Rangee rangee : bulletin.rangees()) {
            TableItem item = new TableItem(lignes, SWT.NONE);
            item.setText(rangee.cellules().toArray(String[]::new));
            if (rangee.genre() != Genre.LIGNE) {
                item.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
            }
            if (rangee.genre() == Genre.SECTION) {
                item.setBackground(lignes.getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
            }
        }
        for (int i = 1; i < lignes.getColumnCount(); i++) {
            lignes.getColumn(i).pack();
        }
        largeurRubriques();
        remplir(recapitulatif, bulletin.recapitulatif());
        mentions.setText(String.join("\n", bulletin.mentions()));
        ajuster();
    }

    void vider(String message) {
        titre.setText(message);
        periode.setText("");
        remplir(employeur, List.of());
        remplir(agent, List.of());
        remplir(recapitulatif, List.of());
        lignes.removeAll();
        mentions.setText("");
        ajuster();
    }

    private void largeurRubriques() {
        int autres = 0;
        for (int i = 1; i < lignes.getColumnCount(); i++) {
            autres += lignes.getColumn(i).getWidth();
        }
        lignes.getColumn(0).setWidth(Math.max(RUBRIQUE_MINIMUM, lignes.getClientArea().width - autres));
    }

    /** Lays the payslip out again and lets the enclosing scrolled area scroll over all of it, not squeeze it. */
    private void ajuster() {
        zone.layout(true, true);
        if (zone.getParent() instanceof ScrolledComposite defilement) {
            defilement.setMinSize(zone.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        }
    }

    private Composite bloc(String id) {
        Composite bloc = Widgets.id(new Composite(zone, SWT.NONE), id);
        bloc.setLayout(new GridLayout(2, false));
        // one block under the other: side by side, the agent's (grade, absences) made the payslip scroll sideways
        bloc.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        return bloc;
    }

    private static void remplir(Composite bloc, List<Champ> champs) {
        for (Control enfant : bloc.getChildren()) {
            enfant.dispose();
        }
        for (Champ champ : champs) {
            new Label(bloc, SWT.NONE).setText(champ.libelle() + " :");
            Label valeur = new Label(bloc, SWT.WRAP);
            GridData largeur = new GridData(SWT.FILL, SWT.TOP, true, false);
            largeur.widthHint = 420; // long values (grade, absences of the period) wrap instead of widening the view
            valeur.setLayoutData(largeur);
            valeur.setText(champ.valeur());
            valeur.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        }
    }
}
