-- PostgreSQL only (applied after db/urbanisme/, history flyway_schema_history_urbanisme_postgresql): row-level security on every
-- table of the module that has a collectivite column. The server sets, at the start of each transaction,
-- mutualis.collectivites (the collectivity of the call) and mutualis.perimetre ('administration' only for the
-- console and server-internal work): see docs/hosting-database.md. The owner of the tables (who runs the
-- migrations) is not subject to these policies; the server's own role is.
ALTER TABLE urba_dossier ENABLE ROW LEVEL SECURITY;
CREATE POLICY urba_dossier_collectivite ON urba_dossier
    USING (current_setting('mutualis.perimetre', true) = 'administration'
           OR collectivite = ANY (string_to_array(current_setting('mutualis.collectivites', true), ',')));
ALTER TABLE urba_parcelle ENABLE ROW LEVEL SECURITY;
CREATE POLICY urba_parcelle_collectivite ON urba_parcelle
    USING (current_setting('mutualis.perimetre', true) = 'administration'
           OR collectivite = ANY (string_to_array(current_setting('mutualis.collectivites', true), ',')));
ALTER TABLE urba_demande_pieces ENABLE ROW LEVEL SECURITY;
CREATE POLICY urba_demande_pieces_collectivite ON urba_demande_pieces
    USING (current_setting('mutualis.perimetre', true) = 'administration'
           OR collectivite = ANY (string_to_array(current_setting('mutualis.collectivites', true), ',')));
ALTER TABLE urba_majoration ENABLE ROW LEVEL SECURITY;
CREATE POLICY urba_majoration_collectivite ON urba_majoration
    USING (current_setting('mutualis.perimetre', true) = 'administration'
           OR collectivite = ANY (string_to_array(current_setting('mutualis.collectivites', true), ',')));
ALTER TABLE urba_evenement ENABLE ROW LEVEL SECURITY;
CREATE POLICY urba_evenement_collectivite ON urba_evenement
    USING (current_setting('mutualis.perimetre', true) = 'administration'
           OR collectivite = ANY (string_to_array(current_setting('mutualis.collectivites', true), ',')));
ALTER TABLE urba_compteur ENABLE ROW LEVEL SECURITY;
CREATE POLICY urba_compteur_collectivite ON urba_compteur
    USING (current_setting('mutualis.perimetre', true) = 'administration'
           OR collectivite = ANY (string_to_array(current_setting('mutualis.collectivites', true), ',')));
