-- Mutualis budget schema, version 5 (issue 15): a creditor per line of pièce, so that the payroll's net-pay mandat
-- (a "mandat collectif", PES V2 TypPce 08, NatPce 11 paie) pays each agent on his own line. PES V2 gives every
-- LigneDePiece its own Tiers block and its IdLigne "permet de subdiviser le mandat lorsqu'il contient plusieurs
-- imputations ou plusieurs créanciers" (dossier technique PES V2, PES Dépense Aller, TLigneDePiece, TInfoLignePce).
-- Null: the line is paid to the pièce's tiers, as before.
ALTER TABLE budget_ligne_piece ADD COLUMN tiers_id BIGINT;
ALTER TABLE budget_ligne_piece ADD CONSTRAINT budget_ligne_piece_tiers_fk FOREIGN KEY (tiers_id)
    REFERENCES budget_tiers (id);

-- A personne physique (CatTiers 01) carries a civilité in PES V2 ("Obligatoire si Cat du tiers 01", TInfoTiersDepense)
-- and may have no known address (the Adresse block of a tiers is optional, TTiers 0..1): agents paid by the payroll.
ALTER TABLE budget_tiers ADD COLUMN civilite VARCHAR(10);
ALTER TABLE budget_tiers ALTER COLUMN voie DROP NOT NULL;
ALTER TABLE budget_tiers ALTER COLUMN code_postal DROP NOT NULL;
ALTER TABLE budget_tiers ALTER COLUMN ville DROP NOT NULL;

-- Agents and payroll organisms are found by the reference the collectivity gives them (PES RefTiers).
CREATE INDEX budget_tiers_reference_ix ON budget_tiers (collectivite, reference);
