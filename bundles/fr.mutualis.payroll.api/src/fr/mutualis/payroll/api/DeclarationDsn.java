package fr.mutualis.payroll.api;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * The monthly DSN of a validated payroll month, as the file the net-entreprises channel takes, with the result of
 * the structural validator and the reconciliation with the month's journal.
 *
 * @param norme          version of the norme NEODeS (e.g. P26V01)
 * @param nomFichier     suggested file name
 * @param contenu        the file: one {@code Sxx.Gyy.zz.nnn,'valeur'} line per rubric; it carries the agents' NIRs
 * @param individus      agents declared
 * @param anomalies      what the validator found, in French; empty when the file is conform
 * @param rapprochements one line per reconciled total (per organism, PAS, gross, net)
 */
public record DeclarationDsn(YearMonth mois, String norme, String nomFichier, String contenu, int individus,
        List<String> anomalies, List<String> rapprochements) implements Serializable {

    public DeclarationDsn {
        Objects.requireNonNull(mois, "mois");
        Objects.requireNonNull(contenu, "contenu");
        anomalies = List.copyOf(anomalies);
        rapprochements = List.copyOf(rapprochements);
    }

    public boolean conforme() {
        return anomalies.isEmpty();
    }
}
