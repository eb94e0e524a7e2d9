-- PostgreSQL only (applied after db/budget/, history flyway_schema_history_budget_postgresql): row-level security on every
-- table of the module that has a collectivite column. The server sets, at the start of each transaction,
-- mutualis.collectivites (the collectivity of the call) and mutualis.perimetre ('administration' only for the
-- console and server-internal work): see docs/hosting-database.md. The owner of the tables (who runs the
-- migrations) is not subject to these policies; the server's own role is.
ALTER TABLE budget_option ENABLE ROW LEVEL SECURITY;
CREATE POLICY budget_option_collectivite ON budget_option
    USING (current_setting('mutualis.perimetre', true) = 'administration'
           OR collectivite = ANY (string_to_array(current_setting('mutualis.collectivites', true), ',')));
ALTER TABLE budget_budget ENABLE ROW LEVEL SECURITY;
CREATE POLICY budget_budget_collectivite ON budget_budget
    USING (current_setting('mutualis.perimetre', true) = 'administration'
           OR collectivite = ANY (string_to_array(current_setting('mutualis.collectivites', true), ',')));
ALTER TABLE budget_decision ENABLE ROW LEVEL SECURITY;
CREATE POLICY budget_decision_collectivite ON budget_decision
    USING (current_setting('mutualis.perimetre', true) = 'administration'
           OR collectivite = ANY (string_to_array(current_setting('mutualis.collectivites', true), ',')));
ALTER TABLE budget_ligne_credit ENABLE ROW LEVEL SECURITY;
CREATE POLICY budget_ligne_credit_collectivite ON budget_ligne_credit
    USING (current_setting('mutualis.perimetre', true) = 'administration'
           OR collectivite = ANY (string_to_array(current_setting('mutualis.collectivites', true), ',')));
ALTER TABLE budget_virement ENABLE ROW LEVEL SECURITY;
CREATE POLICY budget_virement_collectivite ON budget_virement
    USING (current_setting('mutualis.perimetre', true) = 'administration'
           OR collectivite = ANY (string_to_array(current_setting('mutualis.collectivites', true), ',')));
ALTER TABLE budget_tiers ENABLE ROW LEVEL SECURITY;
CREATE POLICY budget_tiers_collectivite ON budget_tiers
    USING (current_setting('mutualis.perimetre', true) = 'administration'
           OR collectivite = ANY (string_to_array(current_setting('mutualis.collectivites', true), ',')));
ALTER TABLE budget_engagement ENABLE ROW LEVEL SECURITY;
CREATE POLICY budget_engagement_collectivite ON budget_engagement
    USING (current_setting('mutualis.perimetre', true) = 'administration'
           OR collectivite = ANY (string_to_array(current_setting('mutualis.collectivites', true), ',')));
ALTER TABLE budget_bordereau ENABLE ROW LEVEL SECURITY;
CREATE POLICY budget_bordereau_collectivite ON budget_bordereau
    USING (current_setting('mutualis.perimetre', true) = 'administration'
           OR collectivite = ANY (string_to_array(current_setting('mutualis.collectivites', true), ',')));
ALTER TABLE budget_piece ENABLE ROW LEVEL SECURITY;
CREATE POLICY budget_piece_collectivite ON budget_piece
    USING (current_setting('mutualis.perimetre', true) = 'administration'
           OR collectivite = ANY (string_to_array(current_setting('mutualis.collectivites', true), ',')));
ALTER TABLE budget_ligne_piece ENABLE ROW LEVEL SECURITY;
CREATE POLICY budget_ligne_piece_collectivite ON budget_ligne_piece
    USING (current_setting('mutualis.perimetre', true) = 'administration'
           OR collectivite = ANY (string_to_array(current_setting('mutualis.collectivites', true), ',')));
ALTER TABLE budget_piece_justificative ENABLE ROW LEVEL SECURITY;
CREATE POLICY budget_piece_justificative_collectivite ON budget_piece_justificative
    USING (current_setting('mutualis.perimetre', true) = 'administration'
           OR collectivite = ANY (string_to_array(current_setting('mutualis.collectivites', true), ',')));
ALTER TABLE budget_compteur ENABLE ROW LEVEL SECURITY;
CREATE POLICY budget_compteur_collectivite ON budget_compteur
    USING (current_setting('mutualis.perimetre', true) = 'administration'
           OR collectivite = ANY (string_to_array(current_setting('mutualis.collectivites', true), ',')));
