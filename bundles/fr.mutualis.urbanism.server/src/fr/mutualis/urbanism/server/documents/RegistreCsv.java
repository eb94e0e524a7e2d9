package fr.mutualis.urbanism.server.documents;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.mutualis.core.api.CsvCell;
import fr.mutualis.urbanism.api.CanalDepot;

/**
 * The register of applications as CSV for a spreadsheet: UTF-8 with a byte order mark (so that spreadsheet software
 * reads the accents), {@code ;} as separator, one line per application. Every cell goes through {@link CsvCell}: one
 * starting with a formula character gets a leading apostrophe so that a spreadsheet never evaluates it.
 */
public final class RegistreCsv {

    static final String[] COLONNES = { "Numéro", "Type", "Date de dépôt", "Mode de dépôt", "Demandeur",
            "Adresse du terrain", "Parcelles", "Objet", "État", "Date limite", "Date de décision" };

    private RegistreCsv() {
    }

    public static byte[] csv(List<LigneRegistre> lignes) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        ligne(sb, COLONNES);
        for (LigneRegistre l : lignes) {
            ligne(sb, l.numero(), l.type().name(), Libelles.date(l.dateDepot()),
                    l.canal() == CanalDepot.PAPIER ? "papier" : "électronique", l.demandeur(),
                    l.adresseTerrain(), l.parcelles(), l.objet(), l.etat().libelle(), Libelles.date(l.dateLimite()),
                    Libelles.date(l.dateDecision()));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void ligne(StringBuilder sb, String... cellules) {
        sb.append(Stream.of(cellules).map(RegistreCsv::cellule).collect(Collectors.joining(";"))).append("\r\n");
    }

    static String cellule(String valeur) {
        return CsvCell.of(valeur, ';');
    }
}
