package fr.mutualis.core.server.internal.referentiel;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import fr.mutualis.core.server.admin.ImportReport;
import fr.mutualis.core.server.internal.DatabaseComponent;
import fr.mutualis.core.server.internal.referentiel.Referentiel.CommuneRef;
import fr.mutualis.core.server.internal.referentiel.Referentiel.EpciRef;

/**
 * Imports all current communes and EPCIs with their members in one JDBC transaction, in batches: inserts what is
 * new, updates what changed, leaves the rest untouched (so a second import of the same files writes nothing).
 */
public final class ReferentielImporter {

    private record Row(long id, String siren, String nom, String kind, int population, String departement,
            Long epciId, String epciNature) {
    }

    private final DatabaseComponent database;

    public ReferentielImporter(DatabaseComponent database) {
        this.database = database;
    }

    /** @param audit appends the journal entry on the import's connection, inside its transaction */
    public ImportReport importFrom(Path folder, AuditWriter audit) {
        long start = System.nanoTime();
        Referentiel ref = new ReferentielReader().read(folder);
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            System.getLogger(ReferentielImporter.class.getName()).log(System.Logger.Level.DEBUG,
                    "Reference import started (one transaction): {0} communes, {1} EPCIs from {2}",
                    ref.communes().size(), ref.epcis().size(), ref.source());
            try {
                Map<String, Row> existing = load(c);
                int[] communes = upsertCommunes(c, ref, existing);
                int[] epcis = upsertEpcis(c, ref, existing);
                int linked = link(c, ref, load(c));
                Duration duration = Duration.ofNanos(System.nanoTime() - start);
                ImportReport report = new ImportReport(ref.source(), ref.communes().size(), communes[0], communes[1],
                        ref.epcis().size(), epcis[0], epcis[1], linked, duration);
                audit.write(c, "referentiel.importer", ref.communes().size() + " communes, " + ref.epcis().size()
                        + " EPCI depuis " + ref.source());
                c.commit();
                return report;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Import of the reference data failed: " + e.getMessage(), e);
        }
    }

    /** Writes the audit entry of the import through the import's own connection. */
    public interface AuditWriter {
        void write(Connection connection, String operation, String objet) throws SQLException;
    }

    private static Map<String, Row> load(Connection c) throws SQLException {
        Map<String, Row> rows = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id, code, siren, nom, kind, population, departement, epci_id, epci_nature FROM collectivite")) {
            while (rs.next()) {
                long epci = rs.getLong(8);
                Long epciId = rs.wasNull() ? null : epci;
                rows.put(rs.getString(2), new Row(rs.getLong(1), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getInt(6), rs.getString(7), epciId, rs.getString(9)));
            }
        }
        return rows;
    }

    private static int[] upsertCommunes(Connection c, Referentiel ref, Map<String, Row> existing) throws SQLException {
        int created = 0;
        int updated = 0;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO collectivite "
                + "(code, siren, nom, kind, population, departement) VALUES (?, ?, ?, 'COMMUNE', ?, ?)");
                PreparedStatement update = c.prepareStatement("UPDATE collectivite SET siren = ?, nom = ?, "
                        + "kind = 'COMMUNE', population = ?, departement = ? WHERE id = ?")) {
            for (CommuneRef commune : ref.communes()) {
                Row row = existing.get(commune.code());
                if (row == null) {
                    insert.setString(1, commune.code());
                    setNullable(insert, 2, commune.siren());
                    insert.setString(3, commune.nom());
                    insert.setInt(4, commune.population());
                    setNullable(insert, 5, commune.departement());
                    insert.addBatch();
                    created++;
                } else if (!Objects.equals(row.siren(), commune.siren()) || !row.nom().equals(commune.nom())
                        || !"COMMUNE".equals(row.kind()) || row.population() != commune.population()
                        || !Objects.equals(row.departement(), commune.departement())) {
                    setNullable(update, 1, commune.siren());
                    update.setString(2, commune.nom());
                    update.setInt(3, commune.population());
                    setNullable(update, 4, commune.departement());
                    update.setLong(5, row.id());
                    update.addBatch();
                    updated++;
                }
            }
            insert.executeBatch();
            update.executeBatch();
        }
        return new int[] { created, updated };
    }

    private static int[] upsertEpcis(Connection c, Referentiel ref, Map<String, Row> existing) throws SQLException {
        int created = 0;
        int updated = 0;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO collectivite "
                + "(code, siren, nom, kind, population, epci_nature) VALUES (?, ?, ?, 'EPCI', ?, ?)");
                PreparedStatement update = c.prepareStatement("UPDATE collectivite SET nom = ?, kind = 'EPCI', "
                        + "population = ?, epci_nature = ? WHERE id = ?")) {
            for (EpciRef epci : ref.epcis()) {
                Row row = existing.get(epci.siren());
                if (row == null) {
                    insert.setString(1, epci.siren());
                    insert.setString(2, epci.siren());
                    insert.setString(3, epci.nom());
                    insert.setInt(4, epci.population());
                    insert.setString(5, epci.nature());
                    insert.addBatch();
                    created++;
                } else if (!row.nom().equals(epci.nom()) || !"EPCI".equals(row.kind())
                        || row.population() != epci.population() || !epci.nature().equals(row.epciNature())) {
                    update.setString(1, epci.nom());
                    update.setInt(2, epci.population());
                    update.setString(3, epci.nature());
                    update.setLong(4, row.id());
                    update.addBatch();
                    updated++;
                }
            }
            insert.executeBatch();
            update.executeBatch();
        }
        return new int[] { created, updated };
    }

    /** Sets each imported commune's EPCI as the file says (none for the few communes outside any EPCI). */
    private static int link(Connection c, Referentiel ref, Map<String, Row> rows) throws SQLException {
        Map<String, String> epciOf = ref.epciOfCommune();
        int changed = 0;
        try (PreparedStatement update = c.prepareStatement("UPDATE collectivite SET epci_id = ? WHERE id = ?")) {
            for (CommuneRef commune : ref.communes()) {
                Row row = rows.get(commune.code());
                String epciSiren = epciOf.get(commune.code());
                Long target = epciSiren == null ? null : rows.get(epciSiren).id();
                if (!Objects.equals(row.epciId(), target)) {
                    if (target == null) {
                        update.setNull(1, Types.BIGINT);
                    } else {
                        update.setLong(1, target);
                    }
                    update.setLong(2, row.id());
                    update.addBatch();
                    changed++;
                }
            }
            update.executeBatch();
        }
        return changed;
    }

    private static void setNullable(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }
}
