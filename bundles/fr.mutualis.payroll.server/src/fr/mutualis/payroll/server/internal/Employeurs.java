package fr.mutualis.payroll.server.internal;

import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.server.admin.Administration;
import fr.mutualis.payroll.api.Employeur;

/** The collectivity as the employer a payslip names. */
final class Employeurs {

    private Employeurs() {
    }

    static Employeur de(Administration administration, CollectiviteId collectivite) {
        Collectivite c = administration.show(collectivite.code()).collectivite();
        return new Employeur(collectivite, c.nom(), c.siren());
    }
}
