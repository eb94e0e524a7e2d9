package fr.mutualis.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

import fr.mutualis.testing.TestDatabases;

/** Lost and doubled writes of a load run, counted in the database against what the secretaries were told. */
final class WritesCheck {

    private WritesCheck() {
    }

    record Verification(int believed, int lost, int doubled, int unacknowledged) {
    }

    /**
     * Counts in the database, as its owner, what the run wrote for the communes of the run: each mandat and dossier
     * the secretary was told recorded must be there exactly once (found by its objet or description, unique to the
     * run), each bordereau once, each payroll run with one payslip per agent; rows of the run nobody was told about
     * are reported apart (written, but the user saw a failure).
     */
    static Verification verify(TestDatabases.TestDatabase database, LoadRun load,
            List<Secretaire> secretaires) throws SQLException {
        int lost = 0;
        int doubled = 0;
        int unacknowledged = 0;
        String mois = java.time.YearMonth.of(2026, 6 + load.run).atDay(1).toString();
        Map<String, Integer> agents = new HashMap<>();
        secretaires.forEach(s -> agents.put(s.commune.code(), s.agents));
        try (Connection c = database.connect()) {
            Map<String, Integer> rows = new HashMap<>();
            count(c, "SELECT 'mandat|' || collectivite || '|' || objet, count(*) FROM budget_piece WHERE objet LIKE ? "
                    + "GROUP BY collectivite, objet", "Fournitures charge " + load.run + " %", rows);
            count(c, "SELECT 'dossier|' || collectivite || '|' || description, count(*) FROM urbanisme_dossier WHERE "
                    + "description LIKE ? GROUP BY collectivite, description", "Projet charge " + load.run + " %", rows);
            count(c, "SELECT 'bordereau|' || collectivite || '|' || id, count(*) FROM budget_bordereau WHERE "
                    + "date_bordereau = CAST(? AS DATE) GROUP BY collectivite, id",
                    Secretaire.bordereauDate(load.run).toString(), rows);
            count(c, "SELECT 'paie|' || m.collectivite || '|' || to_char(m.mois, 'YYYY-MM'), count(b.id) FROM paie_mois m "
                    + "LEFT JOIN paie_bulletin b ON b.paie_mois_id = m.id WHERE m.mois = CAST(? AS DATE) "
                    + "GROUP BY m.collectivite, m.mois", mois, rows);
            Set<String> believed = new HashSet<>();
            for (LoadRun.Belief belief : load.beliefs) {
                String key = belief.kind() + "|" + belief.commune() + "|" + belief.key();
                believed.add(key);
                int found = rows.getOrDefault(key, 0);
                int once = belief.kind().equals("paie") ? agents.get(belief.commune()) : 1;
                if (found == 0) {
                    lost++;
                } else if (found > once) {
                    doubled += belief.kind().equals("paie") ? 1 : found - once;
                }
            }
            for (String key : rows.keySet()) {
                if (!believed.contains(key)) {
                    unacknowledged++;
                }
            }
            // two bordereaux for one commune in one run would be a doubled preparation
            Map<String, Integer> bordereaux = new HashMap<>();
            rows.keySet().stream().filter(k -> k.startsWith("bordereau|"))
                    .forEach(k -> bordereaux.merge(k.split("\\|")[1], 1, Integer::sum));
            doubled += bordereaux.values().stream().mapToInt(v -> v - 1).sum();
            return new Verification(load.beliefs.size(), lost, doubled, unacknowledged);
        }
    }

    static void count(Connection c, String sql, String parameter, Map<String, Integer> rows)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.put(r.getString(1), r.getInt(2));
                }
            }
        }
    }
}
