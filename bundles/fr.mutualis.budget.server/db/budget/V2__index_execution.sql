-- Mutualis budget module, schema version 2: indexes for the execution report (BudgetService.execution), which sums in
-- SQL the lines of the pièces (and the engagements) of one budget and exercice up to a date, per chapter. Each index
-- holds every column the query reads, so the database answers from the indexes without reading the rows.
CREATE INDEX budget_piece_execution_ix ON budget_piece (budget_id, collectivite, exercice, date_piece, id, sens, nature);
CREATE INDEX budget_ligne_piece_execution_ix ON budget_ligne_piece (piece_id, section, chapitre, montant);
CREATE INDEX budget_engagement_execution_ix
    ON budget_engagement (budget_id, collectivite, exercice, date_engagement, section, chapitre, montant);
