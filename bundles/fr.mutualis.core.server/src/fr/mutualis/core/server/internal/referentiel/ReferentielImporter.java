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
 * new, updates what changed, leaves the rest untouched (so a second import of the same files writes nothing). The
 * EPCIs are written first, so each commune is written once, with its EPCI (no second pass over the communes).
 */
public final class ReferentielImporter {

    private record Row(long id, String siren, String nom, String kind, int population, String departement,
            Long epciId, String epciNature) {
    }

    /** Rows sent to the database at once: bounds the memory of a batch without a round trip per row. */
    private static final int BATCH = 1_000;

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
                int[] epcis = upsertEpcis(c, ref, existing);
                int[] communes = upsertCommunes(c, ref, existing, epciIds(c));
                Duration duration = Duration.ofNanos(System.nanoTime() - start);
                ImportReport report = new ImportReport(ref.source(), ref.communes().size(), communes[0], communes[1],
                        ref.epcis().size(), epcis[0], epcis[1], communes[2], duration);
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

    /** The id of each EPCI by its SIREN (its code), once the EPCIs are written. */
    private static Map<String, Long> epciIds(Connection c) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT code, id FROM collectivite WHERE kind = 'EPCI'")) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        }
        return ids;
    }

    /**
     * Inserts the new communes with their EPCI, updates those whose fields or EPCI changed (none for the few communes
     * outside any EPCI).
     *
     * @return communes created, updated (fields changed), linked (EPCI set or changed, new communes included)
     */
    private static int[] upsertCommunes(Connection c, Referentiel ref, Map<String, Row> existing,
            Map<String, Long> epciIds) throws SQLException {
        Map<String, String> epciOf = ref.epciOfCommune();
        int created = 0;
        int updated = 0;
        int linked = 0;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO collectivite "
                + "(code, siren, nom, kind, population, departement, epci_id) VALUES (?, ?, ?, 'COMMUNE', ?, ?, ?)");
                PreparedStatement update = c.prepareStatement("UPDATE collectivite SET siren = ?, nom = ?, "
                        + "kind = 'COMMUNE', population = ?, departement = ?, epci_id = ? WHERE id = ?")) {
            int pending = 0;
            for (CommuneRef commune : ref.communes()) {
                String epciSiren = epciOf.get(commune.code());
                Long epci = epciSiren == null ? null : epciIds.get(epciSiren);
                Row row = existing.get(commune.code());
                if (row == null) {
                    insert.setString(1, commune.code());
                    setNullable(insert, 2, commune.siren());
                    insert.setString(3, commune.nom());
                    insert.setInt(4, commune.population());
                    setNullable(insert, 5, commune.departement());
                    setNullable(insert, 6, epci);
                    insert.addBatch();
                    created++;
                    if (epci != null) {
                        linked++;
                    }
                } else {
                    boolean changed = !Objects.equals(row.siren(), commune.siren()) || !row.nom().equals(commune.nom())
                            || !"COMMUNE".equals(row.kind()) || row.population() != commune.population()
                            || !Objects.equals(row.departement(), commune.departement());
                    boolean relinked = !Objects.equals(row.epciId(), epci);
                    if (!changed && !relinked) {
                        continue;
                    }
                    setNullable(update, 1, commune.siren());
                    update.setString(2, commune.nom());
                    update.setInt(3, commune.population());
                    setNullable(update, 4, commune.departement());
                    setNullable(update, 5, epci);
                    update.setLong(6, row.id());
                    update.addBatch();
                    updated += changed ? 1 : 0;
                    linked += relinked ? 1 : 0;
                }
                if (++pending % BATCH == 0) {
                    insert.executeBatch();
                    update.executeBatch();
                }
            }
            insert.executeBatch();
            update.executeBatch();
        }
        return new int[] { created, updated, linked };
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

    private static void setNullable(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private static void setNullable(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }
}
