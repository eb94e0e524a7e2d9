-- Journal keys taken in blocks (issue 12): H2 2.3 keeps 32 values of an identity in memory and writes its schema
-- each time it takes more, which with WRITE_DELAY=0 is a write of the database file: 63 such writes for a lot of
-- 2,000 mandats (one journal row per pièce), 22 of the 93 CPU samples of that lot (profiled 2026-12-05). With 5,000
-- values in hand (a lot holds at most 5,000 pièces) a lot takes one or two. An unclean stop of H2 leaves a gap in
-- the keys, which nothing reads as a count (the journal is ordered by id; the order is kept).
-- On PostgreSQL the cache of a sequence is per session, which would give the journal's keys out of time order across
-- the pool's connections: postgresql/V8 sets it back to 1 (a nextval there writes no schema).
ALTER TABLE journal_audit ALTER COLUMN id SET CACHE 5000;
