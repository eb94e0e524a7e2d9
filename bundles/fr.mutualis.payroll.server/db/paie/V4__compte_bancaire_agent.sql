-- Mutualis payroll (paie) schema, version 4: the bank account each agent's net pay is transferred to (issue 15), so
-- that the net-pay mandat of a validated month names every agent as creditor with his account. The IBAN is personal
-- data: stored encrypted (AES-256-GCM, PersonalDataCipher, like nir_chiffre), never in clear; the BIC identifies a
-- bank, not a person, and is stored as entered. Both are null until entered.
ALTER TABLE paie_agent ADD COLUMN iban_chiffre VARCHAR(300);
ALTER TABLE paie_agent ADD COLUMN bic VARCHAR(11);
