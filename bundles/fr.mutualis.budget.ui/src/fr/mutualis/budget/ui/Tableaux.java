package fr.mutualis.budget.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import fr.mutualis.client.Widgets;

/** Plain SWT tables with headed columns, amounts right-aligned. */
public final class Tableaux {

    private Tableaux() {
    }

    /** A column title starting with ">" is right-aligned (amounts); its width is the number after the "|". */
    public static Table creer(Composite parent, int style, String id, String... colonnes) {
        Table table = Widgets.id(new Table(parent, style | SWT.BORDER | SWT.FULL_SELECTION), id);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (String colonne : colonnes) {
            boolean droite = colonne.startsWith(">");
            String[] parties = (droite ? colonne.substring(1) : colonne).split("\\|");
            TableColumn column = new TableColumn(table, droite ? SWT.RIGHT : SWT.LEFT);
            column.setText(parties[0]);
            column.setWidth(parties.length > 1 ? Integer.parseInt(parties[1]) : 100);
        }
        return table;
    }

    public static TableItem ligne(Table table, Object donnee, String... cellules) {
        TableItem item = new TableItem(table, SWT.NONE);
        for (int i = 0; i < cellules.length; i++) {
            item.setText(i, cellules[i] == null ? "" : cellules[i]);
        }
        item.setData(donnee);
        return item;
    }
}
