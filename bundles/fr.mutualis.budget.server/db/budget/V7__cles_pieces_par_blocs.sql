-- Mutualis budget schema, version 7 (issue 12): the keys of pièces, their lines and supporting documents come only
-- from budget_sequence (blocks taken by the server, V3), the rows being written as JDBC batches. Their columns lose
-- the identity generator they no longer use: H2 2.3 moves an identity's sequence, and writes it to its schema, at
-- every row inserted with an explicit key above it (profiled: 202 of 210 CPU samples of writing a lot of 2,000
-- mandats were org.h2.schema.Sequence.flush). A row without a key is now refused (NOT NULL primary key).
ALTER TABLE budget_piece ALTER COLUMN id DROP IDENTITY;
ALTER TABLE budget_ligne_piece ALTER COLUMN id DROP IDENTITY;
ALTER TABLE budget_piece_justificative ALTER COLUMN id DROP IDENTITY;
