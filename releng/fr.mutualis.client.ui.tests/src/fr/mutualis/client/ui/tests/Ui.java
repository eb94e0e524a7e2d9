package fr.mutualis.client.ui.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import fr.mutualis.client.ClientIds;

/**
 * Drives the SWT widgets of the running application from the test thread, as a user would: every access runs on the
 * UI thread; widgets are found by the id set with {@code Widgets.id}; events are sent to the widget's listeners.
 * (SWTBot is not available here; this is the small part of it Mutualis needs.)
 */
final class Ui {

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private Ui() {
    }

    static Display display() {
        return Display.getDefault();
    }

    static <T> T sync(Callable<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        display().syncExec(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        return result.get();
    }

    /** Waits until a visible widget with this id exists. */
    static <W extends Control> W find(String id, Class<W> type) {
        return waitFor("widget " + id, () -> type.cast(findNow(id)));
    }

    /** The visible widget with this id, or null; runs on the UI thread. */
    static Control findNow(String id) {
        for (Shell shell : display().getShells()) {
            Control found = search(shell, id);
            if (found != null && !found.isDisposed() && found.isVisible()) {
                return found;
            }
        }
        return null;
    }

    /**
     * Brings up the login dialog, whatever the tests before left: it shows by itself when the application starts;
     * once someone is logged in, Fichier > Changer d'utilisateur ou de serveur… closes the session and shows it again.
     */
    static void showLoginDialog() {
        String state = waitFor("the login dialog or a session", () -> {
            if (findNow("login.address") != null) {
                return "login";
            }
            Control status = findNow("collectivite.switcher.status");
            return status instanceof Label label && !label.getText().equals("Non connecté") ? "session" : null;
        });
        if (state.equals("session")) {
            menu("Fichier", "Changer d'utilisateur ou de serveur…");
        }
        find("login.address", Text.class);
    }

    /** Shows the login dialog and logs in; waits until the switcher lists the user's collectivities. */
    static void login(String address, String user, String password) {
        showLoginDialog();
        type(find("login.address", Text.class), address);
        type(find("login.user", Text.class), user);
        type(find("login.password", Text.class), password);
        click(find("login.ok", Button.class));
        Combo switcher = find("collectivite.switcher", Combo.class);
        waitFor("the collectivities of " + user, () -> switcher.isEnabled() && switcher.getItemCount() > 0);
    }

    /**
     * Chooses an item of the main window's menu bar by its labels, e.g. {@code menu("Fichier", "Quitter")}, once it
     * is there and enabled. The command runs later on the UI thread, so a dialog it opens does not block the test.
     */
    static void menu(String... path) {
        MenuItem item = waitFor("menu " + String.join(" > ", path), () -> {
            for (Shell shell : display().getShells()) {
                if (shell.getMenuBar() != null && shell.isVisible()) {
                    MenuItem found = menuItem(shell.getMenuBar(), path, 0);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        });
        display().asyncExec(() -> {
            item.notifyListeners(SWT.Selection, new Event());
            item.getParent().notifyListeners(SWT.Hide, new Event());
        });
    }

    /** The labels of the main window's menu bar, as shown. */
    static List<String> menuBar() {
        return sync(() -> {
            for (Shell shell : display().getShells()) {
                if (shell.getMenuBar() != null && shell.isVisible()) {
                    return Arrays.stream(shell.getMenuBar().getItems()).map(i -> i.getText().replace("&", "")).toList();
                }
            }
            return List.of();
        });
    }

    private static MenuItem menuItem(Menu menu, String[] path, int depth) {
        if (depth > 0) {
            menu.notifyListeners(SWT.Show, new Event()); // the workbench fills and updates a menu as it opens
        }
        for (MenuItem item : menu.getItems()) {
            if (item.getText().replace("&", "").split("\t")[0].equals(path[depth])) {
                if (depth == path.length - 1) {
                    return item.isEnabled() ? item : null;
                }
                return item.getMenu() == null ? null : menuItem(item.getMenu(), path, depth + 1);
            }
        }
        return null;
    }

    private static Control search(Control control, String id) {
        if (id.equals(control.getData(ClientIds.WIDGET_ID))) {
            return control;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Control found = search(child, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Waits until some label or text of an open window shows a text containing {@code fragment}. */
    static String waitForText(String fragment) {
        return waitFor("text « " + fragment + " »", () -> {
            for (Shell shell : display().getShells()) {
                List<String> texts = new ArrayList<>();
                collect(shell, texts);
                for (String text : texts) {
                    if (text.contains(fragment)) {
                        return text;
                    }
                }
            }
            return null;
        });
    }

    private static void collect(Control control, List<String> texts) {
        if (control instanceof Label label) {
            texts.add(label.getText());
        } else if (control instanceof Text text) {
            texts.add(text.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, texts);
            }
        }
    }

    static <T> T waitFor(String what, Callable<T> probe) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            T value = sync(probe);
            if (value != null && !Boolean.FALSE.equals(value)) {
                return value;
            }
            pause(100);
        }
        throw new AssertionError("Not seen within " + TIMEOUT.toSeconds() + " s: " + what);
    }

    /** Brings a part of the main stack to the front, as a click on its tab does. */
    static void tab(String label) {
        CTabItem item = waitFor("tab " + label, () -> {
            for (Shell shell : display().getShells()) {
                CTabItem found = tab(shell, label);
                if (found != null) {
                    return found;
                }
            }
            return null;
        });
        sync(() -> {
            CTabFolder folder = item.getParent();
            folder.setSelection(item);
            Event event = new Event();
            event.item = item;
            folder.notifyListeners(SWT.Selection, event);
            return null;
        });
    }

    private static CTabItem tab(Control control, String label) {
        if (control instanceof CTabFolder folder) {
            for (CTabItem item : folder.getItems()) {
                if (item.getText().equals(label)) {
                    return item;
                }
            }
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                CTabItem found = tab(child, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Chooses a task in the navigator by its label, as a click on it does. */
    static void naviguer(String tache) {
        Tree tree = find("navigation.tree", Tree.class);
        TreeItem item = waitFor("task « " + tache + " » in the navigator", () -> {
            for (TreeItem groupe : tree.getItems()) {
                for (TreeItem t : groupe.getItems()) {
                    if (t.getText().equals(tache)) {
                        return t;
                    }
                }
            }
            return null;
        });
        sync(() -> {
            tree.setSelection(item);
            Event event = new Event();
            event.item = item;
            tree.notifyListeners(SWT.Selection, event);
            return null;
        });
    }

    /** The navigator as shown: each group's label followed by its tasks'. */
    static List<List<String>> navigateur() {
        Tree tree = find("navigation.tree", Tree.class);
        return sync(() -> {
            List<List<String>> groupes = new ArrayList<>();
            for (TreeItem groupe : tree.getItems()) {
                List<String> ligne = new ArrayList<>();
                ligne.add(groupe.getText());
                for (TreeItem t : groupe.getItems()) {
                    ligne.add(t.getText());
                }
                groupes.add(ligne);
            }
            return groupes;
        });
    }

    /** Opens the row of a table whose cell in {@code column} is {@code cell}, as a double-click (or Enter) does. */
    static void openRow(Table table, int column, String cell) {
        sync(() -> {
            for (TableItem item : table.getItems()) {
                if (item.getText(column).equals(cell)) {
                    table.setSelection(item);
                    Event event = new Event();
                    event.item = item;
                    table.notifyListeners(SWT.Selection, event);
                    table.notifyListeners(SWT.DefaultSelection, event);
                    return null;
                }
            }
            throw new AssertionError("No row with « " + cell + " » in " + table.getData(ClientIds.WIDGET_ID));
        });
    }

    static void type(Text text, String value) {
        sync(() -> {
            text.setFocus();
            text.setText(value);
            text.notifyListeners(SWT.Modify, new Event());
            return null;
        });
    }

    static void click(Button button) {
        sync(() -> {
            button.notifyListeners(SWT.Selection, new Event());
            return null;
        });
    }

    /** Clicks a button whose action opens a modal dialog: the click runs later on the UI thread, so this returns. */
    static void clickLater(Button button) {
        display().asyncExec(() -> button.notifyListeners(SWT.Selection, new Event()));
    }

    /** The texts of a table's rows, column by column. */
    static List<List<String>> rows(Table table) {
        return sync(() -> {
            List<List<String>> rows = new ArrayList<>();
            for (TableItem item : table.getItems()) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < table.getColumnCount(); column++) {
                    cells.add(item.getText(column));
                }
                rows.add(cells);
            }
            return rows;
        });
    }

    /** Selects the row whose first column is {@code firstCell}, as a click on it would. */
    static void selectRow(Table table, String firstCell) {
        sync(() -> {
            for (TableItem item : table.getItems()) {
                if (item.getText(0).equals(firstCell)) {
                    table.setSelection(item);
                    Event event = new Event();
                    event.item = item;
                    table.notifyListeners(SWT.Selection, event);
                    return null;
                }
            }
            throw new AssertionError("No row « " + firstCell + " » in " + table.getData(ClientIds.WIDGET_ID));
        });
    }

    static void select(Combo combo, String item) {
        sync(() -> {
            int index = combo.indexOf(item);
            if (index < 0) {
                throw new AssertionError("No item « " + item + " » in " + List.of(combo.getItems()));
            }
            combo.select(index);
            combo.notifyListeners(SWT.Selection, new Event());
            return null;
        });
    }

    static String text(Label label) {
        return sync(label::getText);
    }

    /** Saves what the screen shows as a PNG under the folder given by the system property mutualis.screenshots. */
    static Path screenshot(String name) {
        Path folder = Path.of(System.getProperty("mutualis.screenshots", "target/screenshots"));
        Path file = folder.resolve(name + ".png");
        sync(() -> {
            Rectangle bounds = display().getBounds();
            Image image = new Image(display(), bounds.width, bounds.height);
            GC gc = new GC(display());
            try {
                gc.copyArea(image, 0, 0);
                ImageData data = image.getImageData();
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] { data };
                Files.createDirectories(folder);
                loader.save(file.toString(), SWT.IMAGE_PNG);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                gc.dispose();
                image.dispose();
            }
            return null;
        });
        return file;
    }

    /**
     * The fields and buttons of the main window a user cannot reach at its size (1250x770 by default, for 1280x800
     * screens): those lying partly outside one of their parents' visible area with no scrolling parent in between.
     * Each is named by its id (or its text) with its bounds; empty when every form is usable.
     */
    static List<String> cutControls() {
        return sync(() -> {
            List<String> cut = new ArrayList<>();
            for (Shell shell : display().getShells()) {
                if (shell.isVisible() && shell.getParent() == null) {
                    cut(shell, cut);
                }
            }
            return cut;
        });
    }

    private static void cut(Control control, List<String> found) {
        if (!control.isVisible()) {
            return;
        }
        if ((control instanceof Text || control instanceof Combo || control instanceof Button)
                && control.getSize().x > 0) {
            Rectangle own = control.getDisplay().map(control.getParent(), null, control.getBounds());
            for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof org.eclipse.swt.custom.ScrolledComposite) {
                    break;
                }
                Rectangle visible = control.getDisplay().map(parent, null, parent.getClientArea());
                if (own.x < visible.x - 1 || own.y < visible.y - 1 || own.x + own.width > visible.x + visible.width + 1
                        || own.y + own.height > visible.y + visible.height + 1) {
                    Object id = control.getData(ClientIds.WIDGET_ID);
                    String name = id != null ? id.toString() : control instanceof Button b ? "« " + b.getText() + " »"
                            : control.getClass().getSimpleName();
                    found.add(name + " " + own + " outside " + visible);
                    break;
                }
            }
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                cut(child, found);
            }
        }
    }

    /**
     * Whether the whole control can be seen: inside the visible area of each of its parents, or of a scrolling
     * parent's content (the user scrolls to it), and whole in height for a label that wraps.
     */
    static boolean entierementVisible(Control control) {
        return sync(() -> {
            if (control instanceof Label label && (label.getStyle() & SWT.WRAP) != 0
                    && label.getSize().y < label.computeSize(label.getSize().x, SWT.DEFAULT, true).y) {
                return false;
            }
            Rectangle own = control.getDisplay().map(control.getParent(), null, control.getBounds());
            for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof org.eclipse.swt.custom.ScrolledComposite) {
                    return true;
                }
                Rectangle visible = control.getDisplay().map(parent, null, parent.getClientArea());
                if (!visible.contains(own.x, own.y) || own.x + own.width > visible.x + visible.width + 1
                        || own.y + own.height > visible.y + visible.height + 1) {
                    return false;
                }
            }
            return true;
        });
    }

    /** Whether the control's width is whole in the visible area of its scrolling parent (no scrolling sideways). */
    static boolean sansDefilerEnLargeur(Control control) {
        return sync(() -> {
            Rectangle own = control.getDisplay().map(control.getParent(), null, control.getBounds());
            for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof org.eclipse.swt.custom.ScrolledComposite) {
                    Rectangle visible = control.getDisplay().map(parent, null, parent.getClientArea());
                    return own.x >= visible.x && own.x + own.width <= visible.x + visible.width;
                }
            }
            return true;
        });
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
