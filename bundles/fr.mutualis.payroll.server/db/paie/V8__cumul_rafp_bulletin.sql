-- Mutualis payroll (paie) schema, version 8: what each payslip gives the RAFP's annual cumul (issue 15). The RAFP
-- base is capped at 20 % of the TIB of the civil year, cumulated month by month (décret 2004-569 art. 2): a month's
-- base is min(accessories of the year, 20 % x TIB of the year) less the bases already declared. Each payslip stores
-- its month's accessories (gross - TIB - NBI actually paid), TIB actually paid and RAFP base retained, so the run of
-- a month sums the validated months of the year before it in one query. 0 for payslips computed before (and for
-- régime général agents). No new table: no PostgreSQL counterpart.
ALTER TABLE paie_bulletin ADD COLUMN rafp_accessoires NUMERIC(15,2) DEFAULT 0 NOT NULL;
ALTER TABLE paie_bulletin ADD COLUMN rafp_traitement NUMERIC(15,2) DEFAULT 0 NOT NULL;
ALTER TABLE paie_bulletin ADD COLUMN rafp_assiette NUMERIC(15,2) DEFAULT 0 NOT NULL;
-- The employer's participations to the protection sociale complémentaire are agent elements of their own natures
-- (PARTICIPATION_PREVOYANCE, PARTICIPATION_SANTE: 24 characters), longer than the régime indemnitaire's.
ALTER TABLE paie_element_indemnitaire ALTER COLUMN nature SET DATA TYPE VARCHAR(30);
