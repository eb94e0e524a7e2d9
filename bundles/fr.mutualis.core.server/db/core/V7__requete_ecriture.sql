-- Writes done once per request (issue 16): every call of a remote method marked @Idempotent carries an id drawn by
-- the client; the server records it here, with the result it answered, in the transaction of the write itself. A
-- retry of that call (its answer was lost) finds the row and gets the same result back instead of writing again.
-- Rows expire after remote.requests.retention.hours (mutualis.properties).
CREATE TABLE requete_ecriture (
    id VARCHAR(36) PRIMARY KEY,
    login VARCHAR(100) NOT NULL,
    collectivite VARCHAR(9),
    methode VARCHAR(200) NOT NULL,
    resultat BYTEA,
    enregistree_le TIMESTAMP NOT NULL
);
CREATE INDEX requete_ecriture_date ON requete_ecriture (enregistree_le);
