package fr.mutualis.client;

/** Identifiers module UI bundles rely on. */
public final class ClientIds {

    /** The part stack that holds the module parts (fragments add their parts here). */
    public static final String MAIN_PART_STACK = "fr.mutualis.client.partstack.main";

    /** Model elements tagged {@code module:<id>} are shown only when that module is enabled for the collectivity. */
    public static final String MODULE_TAG_PREFIX = "module:";

    /** Key of the widget data identifying a widget for UI tests: {@code widget.getData(WIDGET_ID)}. */
    public static final String WIDGET_ID = "mutualis.id";

    /** Context key of the collectivities the connected user may act for ({@code List<Collectivite>}). */
    public static final String MY_COLLECTIVITIES = "mutualis.collectivites";

    /**
     * Context key of the "À faire" line being opened ({@link fr.mutualis.core.api.LigneAFaire}): set once its
     * collectivity is selected and its part shown; the part reads {@code reference()} to open the month, dossier or
     * budget concerned.
     */
    public static final String A_OUVRIR = "mutualis.aOuvrir";

    /** Context key asking the switcher to select a collectivity ({@link fr.mutualis.core.api.CollectiviteId}). */
    public static final String COLLECTIVITE_DEMANDEE = "mutualis.collectiviteDemandee";

    /**
     * Context key, {@code Boolean.TRUE} while the switcher replaces one collectivity with another: the previous one
     * is withdrawn (every part empties), but the module parts stay in place until the next one is known.
     */
    public static final String BASCULE = "mutualis.bascule";

    private ClientIds() {
    }
}
