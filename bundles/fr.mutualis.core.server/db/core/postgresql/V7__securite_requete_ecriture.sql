-- PostgreSQL only: row-level security on the recorded write requests (db/core/V7), as on every business table with a
-- collectivite column. A request bound to no collectivity (null) is seen only by the administration perimeter.
ALTER TABLE requete_ecriture ENABLE ROW LEVEL SECURITY;
CREATE POLICY requete_ecriture_collectivite ON requete_ecriture
    USING (current_setting('mutualis.perimetre', true) = 'administration'
           OR collectivite = ANY (string_to_array(current_setting('mutualis.collectivites', true), ',')));
