-- PostgreSQL only (applied after db/paie/, history flyway_schema_history_paie_postgresql): row-level security on every
-- table of the module that has a collectivite column. The server sets, at the start of each transaction,
-- mutualis.collectivites (the collectivity of the call) and mutualis.perimetre ('administration' only for the
-- console and server-internal work): see docs/hosting-database.md. The owner of the tables (who runs the
-- migrations) is not subject to these policies; the server's own role is.
ALTER TABLE paie_agent ENABLE ROW LEVEL SECURITY;
CREATE POLICY paie_agent_collectivite ON paie_agent
    USING (current_setting('mutualis.perimetre', true) = 'administration'
           OR collectivite = ANY (string_to_array(current_setting('mutualis.collectivites', true), ',')));
ALTER TABLE paie_mois ENABLE ROW LEVEL SECURITY;
CREATE POLICY paie_mois_collectivite ON paie_mois
    USING (current_setting('mutualis.perimetre', true) = 'administration'
           OR collectivite = ANY (string_to_array(current_setting('mutualis.collectivites', true), ',')));
ALTER TABLE paie_bulletin ENABLE ROW LEVEL SECURITY;
CREATE POLICY paie_bulletin_collectivite ON paie_bulletin
    USING (current_setting('mutualis.perimetre', true) = 'administration'
           OR collectivite = ANY (string_to_array(current_setting('mutualis.collectivites', true), ',')));
