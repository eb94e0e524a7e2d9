package fr.mutualis.urbanism.server.delais;

/** How a majoration changes the instruction period. */
public enum EffetMajoration {
    /** Months added to the base period; such majorations do not cumulate, the largest applies (R423-25). */
    AJOUT,
    /** The whole period is set to this many months (R423-28), unless base plus additions is already longer. */
    PORTE_A
}
