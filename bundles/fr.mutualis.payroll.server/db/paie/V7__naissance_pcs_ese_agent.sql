-- Mutualis payroll (paie) schema, version 7: what the monthly DSN needs of each agent and the record did not hold
-- (issue 15): the date of birth (S21.G00.30.006, checked against the NIR's year and month of birth) and the job's
-- PCS-ESE 2017 code (S21.G00.40.004, one of the Insee's list shipped in parametres/pcs-ese-2017.csv). Both stay
-- null for agents recorded before, until entered; the DSN validator then reports the missing rubric. No new table,
-- so no PostgreSQL counterpart (the row-level security of paie_agent applies).
ALTER TABLE paie_agent ADD COLUMN date_naissance DATE;
ALTER TABLE paie_agent ADD COLUMN pcs_ese VARCHAR(4);
