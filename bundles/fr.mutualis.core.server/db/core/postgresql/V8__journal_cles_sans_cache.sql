-- PostgreSQL only, right after V8: the journal's identity keeps PostgreSQL's cache of 1. A sequence cache there is
-- per session, and the journal is read in key order (JournalConsultation): keys cached by each connection of the pool
-- would come out of time order. PostgreSQL writes no schema at a nextval, so the cache of V8 gains nothing here.
ALTER TABLE journal_audit ALTER COLUMN id SET CACHE 1;
