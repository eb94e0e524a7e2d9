-- Server-wide settings kept with the data, for instance the check value of the personal-data key (so that a
-- database restored without its key is refused at start instead of showing garbage).
CREATE TABLE parametre_serveur (
    cle    VARCHAR(60)  NOT NULL PRIMARY KEY,
    valeur VARCHAR(500) NOT NULL
);
