package fr.mutualis.urbanism.ui;

/** Identifiers shared by the urbanism parts, its handler and its model fragment. */
public final class UrbanismeUi {

    /** The dossier list, labelled "Urbanisme". */
    public static final String PART_DOSSIERS = "fr.mutualis.urbanism.ui.part.dossiers";

    /** The filing form. */
    public static final String PART_DEPOT = "fr.mutualis.urbanism.ui.part.depot";

    /** The view of the dossier opened from the list or just filed. */
    public static final String PART_DOSSIER = "fr.mutualis.urbanism.ui.part.dossier";

    /** Parameter of the command that shows one of the parts above: the part's id. */
    public static final String PART_PARAMETER = "fr.mutualis.urbanism.ui.commandparameter.part";

    /** Posted with the {@code DossierDetail} after a dossier was filed or changed, so lists refresh. */
    public static final String TOPIC_DOSSIER_MODIFIE = "fr/mutualis/urbanisme/dossierModifie";

    /**
     * Folder where documents are written without asking (unattended use and UI tests); when absent, the user
     * chooses the file.
     */
    public static final String EXPORT_FOLDER_PROPERTY = "mutualis.exports";

    private UrbanismeUi() {
    }
}
