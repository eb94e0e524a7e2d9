package fr.mutualis.payroll.api;

import java.io.Serializable;

/**
 * Who sends a DSN and for which establishment: what the collectivity record does not hold.
 *
 * @param nic              the 5 digits that follow the SIREN in the SIRET of the establishment paying the agents
 * @param contactNom       name of the person net-entreprises contacts about the file
 * @param contactMel       e-mail address of that person
 * @param contactTelephone telephone number, or null
 * @param essai            true for a test sending (S10.G00.00.005 = 01), false for the real one (02)
 */
public record EmetteurDsn(String nic, String contactNom, String contactMel, String contactTelephone, boolean essai)
        implements Serializable {
}
