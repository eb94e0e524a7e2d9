package fr.mutualis.payroll.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An agent as creditor of the month's net-pay mandat, with the figures of the payroll état that justifies it.
 *
 * @param civilite       PES {@code Civilite} of a personne physique, "M." or "Mme" (from the first digit of the NIR)
 * @param compteBancaire the account the net pay is transferred to, or null when none was entered
 * @param brut           gross pay of the month
 * @param retenues       what is withheld from it: employee contributions and prélèvement à la source
 * @param net            net paid, {@code brut - retenues}
 */
public record AgentCreancier(String matricule, String nom, String prenom, String civilite,
        CompteBancaire compteBancaire, BigDecimal brut, BigDecimal retenues, BigDecimal net) implements Serializable {

    public AgentCreancier {
        Objects.requireNonNull(matricule, "matricule");
        Objects.requireNonNull(net, "net");
    }

    /** "A0012 — DUPONT Marie", as messages name an agent. */
    public String libelle() {
        return matricule + " — " + nom + " " + prenom;
    }
}
