-- Mutualis budget module, schema version 4: the tiers directory and the engagements as the client manages them.
-- A tiers can be deactivated (kept on the pièces that name it, offered for no new one); its BIC is now encrypted
-- like its IBAN (bic_chiffre; the clear bic column is emptied each time a tiers is saved). An engagement names the
-- tiers it is taken for and keeps the amount first engaged and the motive of its last réduction or cancellation.
ALTER TABLE budget_tiers ADD COLUMN actif BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE budget_tiers ADD COLUMN bic_chiffre VARCHAR(300);
ALTER TABLE budget_engagement ADD COLUMN tiers_id BIGINT;
ALTER TABLE budget_engagement ADD CONSTRAINT budget_engagement_tiers_fk FOREIGN KEY (tiers_id)
    REFERENCES budget_tiers (id);
ALTER TABLE budget_engagement ADD COLUMN montant_initial NUMERIC(15,2);
ALTER TABLE budget_engagement ADD COLUMN motif_correction VARCHAR(500);
