-- Failed logins slow a login down instead of locking it for good: a lock now expires by itself (locked_until), and
-- an administrator can disable an account (disabled) independently of failed logins. The permanent lock goes.
ALTER TABLE utilisateur ADD COLUMN last_failure TIMESTAMP;
ALTER TABLE utilisateur ADD COLUMN locked_until TIMESTAMP;
ALTER TABLE utilisateur ADD COLUMN disabled BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE utilisateur SET failed_attempts = 0 WHERE locked = TRUE;
ALTER TABLE utilisateur DROP COLUMN locked;
