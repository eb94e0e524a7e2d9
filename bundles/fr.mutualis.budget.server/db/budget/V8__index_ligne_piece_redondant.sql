-- Mutualis budget schema, version 8 (issue 12): budget_ligne_piece_ix (piece_id) duplicates the first column of
-- budget_ligne_piece_execution_ix (piece_id, section, chapitre, montant, V2), which serves every lookup of a pièce's
-- lines on both databases (and H2 keeps its own index for the foreign key on piece_id besides). Each line written paid
-- one more index entry, inserted then committed: a lot of 2,000 mandats wrote 2,000 of them for nothing.
DROP INDEX budget_ligne_piece_ix;
