package fr.mutualis.payroll.api;

import java.io.Serializable;
import java.util.Objects;

/**
 * An agent of one collectivity as the server returns it.
 *
 * @param id        identifier of the record
 * @param donnees   what was entered; its NIR is masked unless the caller holds the payroll role on the collectivity
 * @param nirMasque true when {@code donnees.nir()} is masked
 */
public record Agent(long id, AgentSaisie donnees, boolean nirMasque) implements Serializable {

    public Agent {
        Objects.requireNonNull(donnees, "donnees");
    }

    /** "A0012 — DUPONT Marie", as lists and messages show an agent. */
    public String libelle() {
        return donnees.matricule() + " — " + donnees.nom() + " " + donnees.prenom();
    }
}
