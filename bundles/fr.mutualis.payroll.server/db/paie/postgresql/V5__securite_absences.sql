-- PostgreSQL only: row-level security on the absences, as on the other tables of the module (see V1).
ALTER TABLE paie_absence ENABLE ROW LEVEL SECURITY;
CREATE POLICY paie_absence_collectivite ON paie_absence
    USING (current_setting('mutualis.perimetre', true) = 'administration'
           OR collectivite = ANY (string_to_array(current_setting('mutualis.collectivites', true), ',')));
