-- Up Migration
CREATE TABLE answered_threads (
  channel text NOT NULL,
  thread_ts text NOT NULL,
  question text,
  at timestamptz NOT NULL,
  PRIMARY KEY (channel, thread_ts)
);
CREATE INDEX answered_threads_at ON answered_threads (at);

-- Append-only: the order of insertion is the order of the trail.
CREATE TABLE audit_entries (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  user_id text NOT NULL,
  action text NOT NULL,
  target text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('ok', 'denied', 'refused', 'error')),
  detail text
);

-- One row: subscriptions and schedule change together, under a row lock.
CREATE TABLE digest_settings (
  id integer PRIMARY KEY CHECK (id = 1),
  settings jsonb NOT NULL
);

-- Down Migration
DROP TABLE digest_settings;
DROP TABLE audit_entries;
DROP TABLE answered_threads;
