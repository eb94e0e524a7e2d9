-- Mutualis payroll (paie) schema, version 6: what the payslip prints of the employer beyond its name (Code du
-- travail, art. R3243-1, 1°: the employer's name and address and, for the establishment, its SIRET number).
-- One row per employer, set by an administrator (paie:employer); the payslip says "non renseigné" without it.
CREATE TABLE paie_employeur (
    collectivite  VARCHAR(9)   PRIMARY KEY,
    siret         VARCHAR(14)  NOT NULL,
    adresse       VARCHAR(300) NOT NULL
);
