package fr.mutualis.client;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;

import fr.mutualis.core.api.CelluleCsv;
import fr.mutualis.core.api.FormatMontant;

/**
 * The one list of the Mutualis parts, on a JFace {@link TableViewer}: a filter field above (every shown column is
 * searched, accents and case ignored), columns sorted by a click on their header (a second click reverses), amounts
 * right-aligned and totalled below for the lines shown, and two buttons that take the lines shown (filtered, in the
 * order shown) out of the client: "Exporter (CSV)…" writes them for a French spreadsheet (Apache Commons CSV,
 * {@code ;}, UTF-8 with a byte order mark, amounts as numbers with a decimal comma, every text cell through
 * {@link CelluleCsv#garde}, the product's one formula-injection guard) and "Imprimer (PDF)…" prints them with
 * {@link ImpressionListe} (SWT printing to a PDF file, or to a printer). Widget ids: the table {@code id}, the filter
 * {@code id.filtre}, the totals {@code id.total}, the buttons {@code id.exporter} and {@code id.imprimer}.
 *
 * @param <T> the element of a line
 */
public final class Liste<T> {

    private static final Collator FRANCAIS = Collator.getInstance(Locale.FRANCE);

    /** A column: its text, its sort key and, for amounts, the value totalled. */
    private record Colonne<T>(String titre, Function<T, String> texte, Function<T, Comparable<?>> cle,
            Function<T, BigDecimal> montant) {
    }

    /** The CSV of a French spreadsheet: {@code ;}, quotes when needed, CRLF (as the server's exports). */
    private static final CSVFormat CSV = CSVFormat.Builder.create().setDelimiter(';').setQuote('"')
            .setRecordSeparator("\r\n").setQuoteMode(QuoteMode.MINIMAL).get();

    private final String id;
    private String titre;
    private final Composite zone;
    private final TableViewer viewer;
    private final Text filtre;
    private final Label total;
    private final List<Colonne<T>> colonnes = new ArrayList<>();
    private List<T> elements = List.of();
    private Function<T, String> groupe;
    private Function<T, Color> fond = t -> null;
    private int tri = -1;
    private boolean descendant;

    /**
     * @param style SWT.SINGLE or SWT.MULTI, with SWT.CHECK for a list whose lines are ticked
     */
    public Liste(Composite parent, int style, String id) {
        this.id = id;
        this.titre = id;
        zone = new Composite(parent, SWT.NONE);
        zone.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        zone.setLayout(layout);
        // The filter and the two buttons wrap on a second line in a narrow pane (a list beside a form at 1280 px)
        Composite barre = new Composite(zone, SWT.NONE);
        barre.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        RowLayout enLigne = new RowLayout(SWT.HORIZONTAL);
        enLigne.wrap = true;
        enLigne.center = true;
        enLigne.marginLeft = 0;
        enLigne.marginRight = 0;
        enLigne.marginTop = 0;
        enLigne.marginBottom = 0;
        barre.setLayout(enLigne);
        new Label(barre, SWT.NONE).setText("Filtrer :");
        filtre = Widgets.id(new Text(barre, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL), id + ".filtre");
        filtre.setMessage("texte contenu dans une colonne");
        filtre.setLayoutData(new RowData(200, SWT.DEFAULT)); // fits a list beside a payslip at 1280 px
        Button exporter = Widgets.id(new Button(barre, SWT.PUSH), id + ".exporter");
        exporter.setText("Exporter (CSV)…");
        exporter.setToolTipText("Enregistre les lignes affichées (filtre et tri compris) dans un fichier CSV pour un "
                + "tableur");
        exporter.addListener(SWT.Selection, e -> exporterAvecChoix());
        Button imprimer = Widgets.id(new Button(barre, SWT.PUSH), id + ".imprimer");
        imprimer.setText("Imprimer (PDF)…");
        imprimer.setToolTipText("Imprime les lignes affichées dans un fichier PDF (ou sur une imprimante)");
        imprimer.addListener(SWT.Selection, e -> imprimerAvecChoix());
        int bordure = style | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL;
        viewer = (style & SWT.CHECK) != 0 ? CheckboxTableViewer.newCheckList(zone, bordure & ~SWT.CHECK)
                : new TableViewer(zone, bordure);
        Table table = Widgets.id(viewer.getTable(), id);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object e1, Object e2) {
                return comparer(e1, e2);
            }
        });
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                return retenu(element);
            }
        });
        filtre.addListener(SWT.Modify, e -> {
            viewer.refresh();
            totaliser();
        });
        total = Widgets.id(new Label(zone, SWT.NONE), id + ".total");
        total.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    /**
     * Keeps at least {@code lignes} rows of the table visible however the part is laid out (the part scrolls
     * instead, when the window is too small), e.g. 8 for a register, 5 for a list beside another.
     */
    public Liste<T> lignesVisibles(int lignes) {
        Table table = viewer.getTable();
        // plus room for a horizontal scroll bar (its size is not known before the table is shown)
        int hauteur = table.getHeaderHeight() + lignes * table.getItemHeight() + 2 * table.getBorderWidth() + 16;
        GridData donnees = (GridData) table.getLayoutData();
        donnees.heightHint = hauteur;
        donnees.minimumHeight = hauteur;
        return this;
    }

    /** Names the list in the exported file's name and the printed page's title, e.g. "Engagements 2026". */
    public Liste<T> titre(String nom) {
        this.titre = nom;
        return this;
    }

    /** A column of text, sorted alphabetically (French collation). */
    public Liste<T> colonne(String titre, int largeur, Function<T, String> texte) {
        return ajouter(new Colonne<>(titre, texte, texte::apply, null), largeur, SWT.LEFT);
    }

    /** A column shown as text but sorted by another key (a date, a number). */
    public Liste<T> colonne(String titre, int largeur, Function<T, String> texte, Function<T, Comparable<?>> cle) {
        return ajouter(new Colonne<>(titre, texte, cle, null), largeur, SWT.LEFT);
    }

    /** A right-aligned number, sorted numerically. */
    public Liste<T> nombre(String titre, int largeur, Function<T, Integer> nombre) {
        return ajouter(new Colonne<>(titre, t -> nombre.apply(t) == null ? "" : String.valueOf(nombre.apply(t)),
                nombre::apply, null), largeur, SWT.RIGHT);
    }

    /** An amount, right-aligned, sorted numerically and totalled under the list. */
    public Liste<T> montant(String titre, int largeur, Function<T, BigDecimal> montant) {
        return ajouter(new Colonne<>(titre, t -> montant.apply(t) == null ? "" : FormatMontant.euros(montant.apply(t)),
                montant::apply, montant), largeur, SWT.RIGHT);
    }

    /**
     * Totals the amounts per group rather than all together, e.g. per sens: dépenses and recettes are not added
     * up.
     */
    public Liste<T> totauxPar(Function<T, String> groupement) {
        this.groupe = groupement;
        return this;
    }

    /** Colours the lines, e.g. by urgency; null leaves a line as it is. */
    public Liste<T> fond(Function<T, Color> couleur) {
        this.fond = couleur;
        return this;
    }

    private Liste<T> ajouter(Colonne<T> colonne, int largeur, int alignement) {
        int index = colonnes.size();
        colonnes.add(colonne);
        TableViewerColumn vc = new TableViewerColumn(viewer, alignement);
        TableColumn column = vc.getColumn();
        column.setText(colonne.titre());
        column.setWidth(largeur);
        column.setMoveable(true);
        column.setToolTipText("Trier par « " + colonne.titre() + " » (un second clic inverse l'ordre)");
        vc.setLabelProvider(new ColumnLabelProvider() {
            @Override
            @SuppressWarnings("unchecked")
            public String getText(Object element) {
                String texte = colonne.texte().apply((T) element);
                return texte == null ? "" : texte;
            }

            @Override
            @SuppressWarnings("unchecked")
            public Color getBackground(Object element) {
                return fond.apply((T) element);
            }
        });
        column.addListener(SWT.Selection, e -> trier(index));
        return this;
    }

    /** Sorts by a column; sorting again by the same column reverses the order. */
    public void trier(int index) {
        descendant = index == tri && !descendant;
        tri = index;
        Table table = viewer.getTable();
        table.setSortColumn(table.getColumn(index));
        table.setSortDirection(descendant ? SWT.DOWN : SWT.UP);
        viewer.refresh();
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private int comparer(Object e1, Object e2) {
        if (tri < 0) {
            return 0;
        }
        Comparable a = colonnes.get(tri).cle().apply((T) e1);
        Comparable b = colonnes.get(tri).cle().apply((T) e2);
        int ordre;
        if (a == null || b == null) {
            ordre = a == null ? (b == null ? 0 : -1) : 1;
        } else if (a instanceof String sa && b instanceof String sb) {
            ordre = FRANCAIS.compare(sa, sb);
        } else {
            ordre = a.compareTo(b);
        }
        return descendant ? -ordre : ordre;
    }

    @SuppressWarnings("unchecked")
    private boolean retenu(Object element) {
        String cherche = simplifier(filtre.getText());
        if (cherche.isBlank()) {
            return true;
        }
        return colonnes.stream().map(c -> c.texte().apply((T) element)).filter(Objects::nonNull)
                .anyMatch(texte -> simplifier(texte).contains(cherche.strip()));
    }

    private static String simplifier(String texte) {
        return Normalizer.normalize(texte, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.FRANCE);
    }

    /** Shows these elements (the filter and sort order are kept; the ticked lines too, when still there). */
    public void afficher(List<T> liste) {
        Object[] cochees = viewer instanceof CheckboxTableViewer c ? c.getCheckedElements() : new Object[0];
        elements = List.copyOf(liste);
        viewer.setInput(elements);
        if (viewer instanceof CheckboxTableViewer c) {
            c.setCheckedElements(Arrays.stream(cochees).filter(elements::contains).toArray());
        }
        totaliser();
    }

    public void vider() {
        afficher(List.of());
    }

    /** The lines shown (after the filter), in the order shown. */
    @SuppressWarnings("unchecked")
    public List<T> affichees() {
        return Arrays.stream(viewer.getTable().getItems()).map(i -> (T) i.getData()).toList();
    }

    /** The titles of the columns, in the order of the table. */
    public List<String> titres() {
        return colonnes.stream().map(Colonne::titre).toList();
    }

    /**
     * The lines shown as cells for a file: the text of each column, or the amount itself (a {@link BigDecimal}) for
     * an amount column.
     */
    @SuppressWarnings("unchecked")
    public List<List<Object>> cellules() {
        List<List<Object>> lignes = new ArrayList<>();
        for (T element : affichees()) {
            List<Object> ligne = new ArrayList<>();
            for (Colonne<T> c : colonnes) {
                ligne.add(c.montant() != null ? c.montant().apply(element) : c.texte().apply(element));
            }
            lignes.add(ligne);
        }
        return lignes;
    }

    /** The totals line as shown under the list ("3 lignes — total montant : 1 234,56 €"). */
    public String totaux() {
        return total.getText();
    }

    public String titre() {
        return titre;
    }

    /**
     * Writes the lines shown to a CSV file (replaced if it exists): a header line with the column titles, then one
     * line per element; amounts are numbers with a decimal comma, every text is guarded against formulas.
     */
    public void exporterCsv(Path fichier) throws IOException {
        try (Writer sortie = Files.newBufferedWriter(fichier, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(sortie, CSV)) {
            sortie.write('\uFEFF');
            csv.printRecord(titres().stream().map(CelluleCsv::garde).toList());
            for (List<Object> ligne : cellules()) {
                csv.printRecord(ligne.stream().map(Liste::cellule).toList());
            }
        }
    }

    private static String cellule(Object valeur) {
        return valeur instanceof BigDecimal nombre ? nombre.toPlainString().replace('.', ',')
                : CelluleCsv.garde(valeur == null ? "" : valeur.toString());
    }

    private String nomDeFichier(String extension) {
        return titre.replaceAll("[^\\p{L}\\p{N} _-]+", "").strip().replace(' ', '_') + extension;
    }

    private void exporterAvecChoix() {
        Shell shell = zone.getShell();
        Path fichier = Dossiers.fichierAEcrire(shell, "Exporter la liste en CSV", nomDeFichier(".csv"), "*.csv",
                "Fichiers CSV (tableur)");
        if (fichier == null) {
            return;
        }
        try {
            exporterCsv(fichier);
        } catch (IOException e) {
            MessageDialog.openError(shell, "Export impossible", "Le fichier « " + fichier + " » n'a pas pu être "
                    + "écrit : " + e.getMessage() + ". Choisissez un autre dossier.");
            return;
        }
        proposerOuverture(shell, "Export CSV", affichees().size() + " ligne(s) exportée(s) dans « " + fichier
                + " ».", fichier);
    }

    private void imprimerAvecChoix() {
        Shell shell = zone.getShell();
        Path fichier = Dossiers.fichierAEcrire(shell, "Imprimer la liste en PDF", nomDeFichier(".pdf"), "*.pdf",
                "Documents PDF");
        if (fichier == null) {
            return;
        }
        String erreur = ImpressionListe.versPdf(this, fichier);
        if (erreur != null) {
            MessageDialog.openError(shell, "Impression impossible", erreur);
            return;
        }
        proposerOuverture(shell, "Impression PDF", "La liste (" + affichees().size() + " ligne(s)) est imprimée "
                + "dans « " + fichier + " ».", fichier);
    }

    private static void proposerOuverture(Shell shell, String titre, String message, Path fichier) {
        MessageDialog dialogue = new MessageDialog(shell, titre, null, message, MessageDialog.INFORMATION, 0,
                "Ouvrir", "Fermer");
        if (dialogue.open() == 0) {
            String erreur = Dossiers.ouvrir(fichier);
            if (erreur != null) {
                MessageDialog.openWarning(shell, titre, erreur);
            }
        }
    }

    private void totaliser() {
        List<T> montrees = elements.stream().filter(this::retenu).toList();
        StringBuilder texte = new StringBuilder(montrees.size() + (montrees.size() > 1 ? " lignes" : " ligne"));
        if (montrees.size() != elements.size()) {
            texte.append(" sur ").append(elements.size());
        }
        List<String> groupes = groupe == null ? Collections.singletonList(null)
                : montrees.stream().map(groupe).distinct().toList();
        for (String g : groupes) {
            List<T> lignes = g == null ? montrees : montrees.stream().filter(t -> g.equals(groupe.apply(t))).toList();
            texte.append(g == null ? "" : " — " + g + " :");
            boolean premier = true;
            for (Colonne<T> c : colonnes) {
                if (c.montant() != null) {
                    BigDecimal somme = lignes.stream().map(c.montant()).filter(Objects::nonNull)
                            .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
                    texte.append(g == null ? " — total " : premier ? " " : ", ")
                            .append(c.titre().toLowerCase(Locale.FRANCE)).append(g == null ? " : " : " ")
                            .append(FormatMontant.euros(somme));
                    premier = false;
                }
            }
        }
        total.setText(texte.toString());
        zone.layout(true);
    }

    /** The selected elements. */
    @SuppressWarnings("unchecked")
    public List<T> selection() {
        return ((IStructuredSelection) viewer.getSelection()).toList();
    }

    /** The first selected element, or null. */
    @SuppressWarnings("unchecked")
    public T choisi() {
        return (T) ((IStructuredSelection) viewer.getSelection()).getFirstElement();
    }

    public void selectionner(T element) {
        viewer.setSelection(element == null ? StructuredSelection.EMPTY : new StructuredSelection(element), true);
    }

    /** The ticked elements of a list created with SWT.CHECK, in the order shown. */
    @SuppressWarnings("unchecked")
    public List<T> cochees() {
        return Arrays.stream(viewer.getTable().getItems()).filter(i -> i.getChecked()).map(i -> (T) i.getData())
                .toList();
    }

    public TableViewer viewer() {
        return viewer;
    }

    /** Runs when the selection changes. */
    public void surSelection(Runnable action) {
        viewer.addSelectionChangedListener(e -> action.run());
    }

    /** Runs on a double click (or Enter) on a line. */
    public void surOuverture(Runnable action) {
        viewer.addDoubleClickListener(e -> action.run());
    }

    /** The composite holding the filter, the table and the totals, for layout data. */
    public Composite zone() {
        return zone;
    }
}
