package fr.mutualis.urbanism.server.delais;

import java.util.Set;

import fr.mutualis.urbanism.api.Majoration;
import fr.mutualis.urbanism.api.TypeDossier;

/** A majoration as in force on a filing date: its effect, its length and the types it applies to. */
public record RegleMajoration(Majoration majoration, EffetMajoration effet, Duree duree, Set<TypeDossier> types) {

    public RegleMajoration {
        types = Set.copyOf(types);
    }
}
