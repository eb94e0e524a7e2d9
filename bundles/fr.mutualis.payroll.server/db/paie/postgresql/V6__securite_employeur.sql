-- PostgreSQL only: row-level security on the employer identity of the payslip (see V1__securite_par_collectivite).
ALTER TABLE paie_employeur ENABLE ROW LEVEL SECURITY;
CREATE POLICY paie_employeur_collectivite ON paie_employeur
    USING (current_setting('mutualis.perimetre', true) = 'administration'
           OR collectivite = ANY (string_to_array(current_setting('mutualis.collectivites', true), ',')));
