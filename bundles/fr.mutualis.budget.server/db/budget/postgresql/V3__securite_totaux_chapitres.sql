-- PostgreSQL only: row-level security on the running totals per chapter (db/budget/V3), as on every table of the
-- module that has a collectivite column (see V1). Numbered 3 like the migration that creates the table.
ALTER TABLE budget_total_chapitre ENABLE ROW LEVEL SECURITY;
CREATE POLICY budget_total_chapitre_collectivite ON budget_total_chapitre
    USING (current_setting('mutualis.perimetre', true) = 'administration'
           OR collectivite = ANY (string_to_array(current_setting('mutualis.collectivites', true), ',')));
