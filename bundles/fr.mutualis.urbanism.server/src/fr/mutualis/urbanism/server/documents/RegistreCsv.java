package fr.mutualis.urbanism.server.documents;

import java.util.List;

import fr.mutualis.core.server.csv.EcritureCsv;
import fr.mutualis.urbanism.api.CanalDepot;

/**
 * The register of applications as CSV for a spreadsheet: UTF-8 with a byte order mark (so that spreadsheet software
 * reads the accents), {@code ;} as separator, one line per application, written through {@link EcritureCsv}: a cell
 * starting with a formula character gets a leading apostrophe so that a spreadsheet never evaluates it.
 */
public final class RegistreCsv {

    static final String[] COLONNES = { "Numéro", "Type", "Date de dépôt", "Mode de dépôt", "Demandeur",
            "Adresse du terrain", "Parcelles", "Objet", "État", "Date limite", "Date de décision" };

    private RegistreCsv() {
    }

    public static byte[] csv(List<LigneRegistre> lignes) {
        EcritureCsv csv = new EcritureCsv();
        csv.ligne((Object[]) COLONNES);
        for (LigneRegistre l : lignes) {
            csv.ligne(l.numero(), l.type().name(), Libelles.date(l.dateDepot()),
                    l.canal() == CanalDepot.PAPIER ? "papier" : "électronique", l.demandeur(),
                    l.adresseTerrain(), l.parcelles(), l.objet(), l.etat().libelle(), Libelles.date(l.dateLimite()),
                    Libelles.date(l.dateDecision()));
        }
        return csv.octets();
    }
}
