-- PostgreSQL only (after db/urbanisme/V2__noms_des_tables.sql renamed the tables "urba_*" to "urbanisme_*"): the
-- names PostgreSQL gave itself when V1 created the tables (primary keys and their indexes, foreign keys, identity
-- sequences) and the row-level security policies of V1 take the module's name too. The policies stay attached to
-- their tables, unchanged; only their names change.
ALTER TABLE urbanisme_dossier RENAME CONSTRAINT urba_dossier_pkey TO urbanisme_dossier_pkey;
ALTER TABLE urbanisme_parcelle RENAME CONSTRAINT urba_parcelle_pkey TO urbanisme_parcelle_pkey;
ALTER TABLE urbanisme_demande_pieces RENAME CONSTRAINT urba_demande_pieces_pkey TO urbanisme_demande_pieces_pkey;
ALTER TABLE urbanisme_majoration RENAME CONSTRAINT urba_majoration_pkey TO urbanisme_majoration_pkey;
ALTER TABLE urbanisme_evenement RENAME CONSTRAINT urba_evenement_pkey TO urbanisme_evenement_pkey;
ALTER TABLE urbanisme_compteur RENAME CONSTRAINT urba_compteur_pkey TO urbanisme_compteur_pkey;
ALTER TABLE urbanisme_dossier RENAME CONSTRAINT urba_dossier_parent_id_fkey TO urbanisme_dossier_parent_id_fkey;
ALTER TABLE urbanisme_parcelle RENAME CONSTRAINT urba_parcelle_dossier_id_fkey TO urbanisme_parcelle_dossier_id_fkey;
ALTER TABLE urbanisme_demande_pieces RENAME CONSTRAINT urba_demande_pieces_dossier_id_fkey TO urbanisme_demande_pieces_dossier_id_fkey;
ALTER TABLE urbanisme_majoration RENAME CONSTRAINT urba_majoration_dossier_id_fkey TO urbanisme_majoration_dossier_id_fkey;
ALTER TABLE urbanisme_evenement RENAME CONSTRAINT urba_evenement_dossier_id_fkey TO urbanisme_evenement_dossier_id_fkey;
ALTER SEQUENCE urba_dossier_id_seq RENAME TO urbanisme_dossier_id_seq;
ALTER SEQUENCE urba_parcelle_id_seq RENAME TO urbanisme_parcelle_id_seq;
ALTER SEQUENCE urba_demande_pieces_id_seq RENAME TO urbanisme_demande_pieces_id_seq;
ALTER SEQUENCE urba_majoration_id_seq RENAME TO urbanisme_majoration_id_seq;
ALTER SEQUENCE urba_evenement_id_seq RENAME TO urbanisme_evenement_id_seq;
ALTER SEQUENCE urba_compteur_id_seq RENAME TO urbanisme_compteur_id_seq;
ALTER POLICY urba_dossier_collectivite ON urbanisme_dossier RENAME TO urbanisme_dossier_collectivite;
ALTER POLICY urba_parcelle_collectivite ON urbanisme_parcelle RENAME TO urbanisme_parcelle_collectivite;
ALTER POLICY urba_demande_pieces_collectivite ON urbanisme_demande_pieces RENAME TO urbanisme_demande_pieces_collectivite;
ALTER POLICY urba_majoration_collectivite ON urbanisme_majoration RENAME TO urbanisme_majoration_collectivite;
ALTER POLICY urba_evenement_collectivite ON urbanisme_evenement RENAME TO urbanisme_evenement_collectivite;
ALTER POLICY urba_compteur_collectivite ON urbanisme_compteur RENAME TO urbanisme_compteur_collectivite;
