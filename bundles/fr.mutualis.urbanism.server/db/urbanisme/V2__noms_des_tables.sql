-- Mutualis urbanism schema, version 2: the tables, indexes and named constraints take the module's name,
-- "urbanisme_", instead of the abbreviation "urba_" (docs/developers.md, Naming: never an abbreviation; budget uses
-- "budget_", payroll "paie_"). Rows, keys and identity values are kept as they are.
-- Portable SQL (H2 2.x and PostgreSQL). PostgreSQL's own names (primary keys, foreign keys, identity sequences,
-- row-level security policies) are renamed by postgresql/V2__noms_des_tables.sql.

ALTER TABLE urba_dossier RENAME TO urbanisme_dossier;
ALTER TABLE urba_parcelle RENAME TO urbanisme_parcelle;
ALTER TABLE urba_demande_pieces RENAME TO urbanisme_demande_pieces;
ALTER TABLE urba_majoration RENAME TO urbanisme_majoration;
ALTER TABLE urba_evenement RENAME TO urbanisme_evenement;
ALTER TABLE urba_compteur RENAME TO urbanisme_compteur;

ALTER INDEX urba_dossier_etat_ix RENAME TO urbanisme_dossier_etat_ix;
ALTER INDEX urba_dossier_date_limite_ix RENAME TO urbanisme_dossier_date_limite_ix;
ALTER INDEX urba_dossier_date_depot_ix RENAME TO urbanisme_dossier_date_depot_ix;
ALTER INDEX urba_dossier_parent_ix RENAME TO urbanisme_dossier_parent_ix;
ALTER INDEX urba_parcelle_dossier_ix RENAME TO urbanisme_parcelle_dossier_ix;
ALTER INDEX urba_demande_pieces_dossier_ix RENAME TO urbanisme_demande_pieces_dossier_ix;
ALTER INDEX urba_evenement_dossier_ix RENAME TO urbanisme_evenement_dossier_ix;

-- The unique constraints are dropped and added again under their new names, so that the index behind each one
-- (named after the constraint, by H2 as by PostgreSQL) is renamed too. The rows already satisfy them.
ALTER TABLE urbanisme_dossier DROP CONSTRAINT urba_dossier_numero_uk;
ALTER TABLE urbanisme_dossier ADD CONSTRAINT urbanisme_dossier_numero_uk UNIQUE (collectivite, numero);
ALTER TABLE urbanisme_majoration DROP CONSTRAINT urba_majoration_uk;
ALTER TABLE urbanisme_majoration ADD CONSTRAINT urbanisme_majoration_uk UNIQUE (dossier_id, majoration);
ALTER TABLE urbanisme_compteur DROP CONSTRAINT urba_compteur_uk;
ALTER TABLE urbanisme_compteur ADD CONSTRAINT urbanisme_compteur_uk UNIQUE (collectivite, prefixe, annee);
