-- Mutualis payroll (paie) schema, version 3: the lines of a payslip stored in one text column of the payslip instead
-- of one row each. A payroll run of 10,000 agents wrote (and a re-run deleted) some 200,000 line rows: the row
-- count was most of its time (issue 12). Format (LignesBulletinTexte): one line of text per payslip line, in order,
-- fields separated by '|': code, libellé, nature, base, taux salarial, montant salarial, taux patronal, montant
-- patronal, an absent value empty; '\', '|' and a line break inside a code or libellé written '\\', '\|', '\n'.
ALTER TABLE paie_bulletin ADD COLUMN lignes VARCHAR(1000000);

UPDATE paie_bulletin SET lignes = COALESCE((
    SELECT STRING_AGG(
               REPLACE(REPLACE(REPLACE(l.code, '\', '\\'), '|', '\|'), CHR(10), '\n') || '|'
               || REPLACE(REPLACE(REPLACE(l.libelle, '\', '\\'), '|', '\|'), CHR(10), '\n') || '|'
               || l.nature || '|'
               || COALESCE(CAST(l.base AS VARCHAR(40)), '') || '|'
               || COALESCE(CAST(l.taux_salarial AS VARCHAR(40)), '') || '|'
               || CAST(l.montant_salarial AS VARCHAR(40)) || '|'
               || COALESCE(CAST(l.taux_patronal AS VARCHAR(40)), '') || '|'
               || CAST(l.montant_patronal AS VARCHAR(40)),
               CHR(10) ORDER BY l.rang)
      FROM paie_ligne_bulletin l
     WHERE l.bulletin_id = paie_bulletin.id), '');

ALTER TABLE paie_bulletin ALTER COLUMN lignes SET NOT NULL;

DROP TABLE paie_ligne_bulletin;
