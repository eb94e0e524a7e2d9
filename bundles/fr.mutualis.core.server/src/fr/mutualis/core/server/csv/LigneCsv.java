package fr.mutualis.core.server.csv;

import java.util.List;

/**
 * One record of a CSV file read by {@link LectureCsv}.
 *
 * @param numero line number in the file (from 1), for messages such as "Ligne 4 : …"
 * @param champs the fields, unquoted (a quoted {@code ;} is part of its field)
 * @param texte  the record as written in the file, to quote it back to the user
 */
public record LigneCsv(int numero, List<String> champs, String texte) {

    public LigneCsv {
        champs = List.copyOf(champs);
    }
}
