-- PostgreSQL only: row-level security on the absences and échelon changes, as on the other tables (see V1).
ALTER TABLE paie_absence ENABLE ROW LEVEL SECURITY;
CREATE POLICY paie_absence_collectivite ON paie_absence
    USING (current_setting('mutualis.perimetre', true) = 'administration'
           OR collectivite = ANY (string_to_array(current_setting('mutualis.collectivites', true), ',')));
ALTER TABLE paie_changement_echelon ENABLE ROW LEVEL SECURITY;
CREATE POLICY paie_changement_echelon_collectivite ON paie_changement_echelon
    USING (current_setting('mutualis.perimetre', true) = 'administration'
           OR collectivite = ANY (string_to_array(current_setting('mutualis.collectivites', true), ',')));
