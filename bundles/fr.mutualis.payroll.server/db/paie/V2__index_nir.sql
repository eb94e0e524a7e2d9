-- Mutualis payroll (paie) schema, version 2: uniqueness of the NIR and of the matricule per employer checked by index
-- lookups instead of reading (and decrypting) every agent of the collectivity at each creation.

-- Blind index of the NIR: HMAC-SHA256 of the normalised NIR under the key below, hex. Computed by the server (SQL
-- cannot), at start for the agents recorded before this version, then on every write.
ALTER TABLE paie_agent ADD COLUMN nir_index VARCHAR(64);
CREATE INDEX paie_agent_nir_ix ON paie_agent (collectivite, nir_index);

-- The matricule in capitals: two matricules that differ only by case are the same agent number.
ALTER TABLE paie_agent ADD COLUMN matricule_cle VARCHAR(20);
UPDATE paie_agent SET matricule_cle = UPPER(matricule);
ALTER TABLE paie_agent ALTER COLUMN matricule_cle SET NOT NULL;
CREATE INDEX paie_agent_matricule_cle_ix ON paie_agent (collectivite, matricule_cle);

-- Keys of the payroll module (the NIR index key, generated on first start), stored encrypted with the
-- personal-data key: the database alone neither gives the NIRs nor lets one test a guessed NIR against the index.
CREATE TABLE paie_cle (
    nom     VARCHAR(50)  PRIMARY KEY,
    valeur  VARCHAR(300) NOT NULL
);
