-- Up Migration
-- Every change to an article takes the next number from this sequence, so an instance that
-- missed notifications catches up with "version > the last one I applied".
CREATE SEQUENCE article_versions;

CREATE TABLE articles (
  name text PRIMARY KEY,
  body bytea NOT NULL,
  hash text NOT NULL,
  title text,
  url text,
  added_by text,
  added_at timestamptz NOT NULL DEFAULT now(),
  changed_at timestamptz NOT NULL DEFAULT now(),
  deleted boolean NOT NULL DEFAULT false,
  version bigint NOT NULL DEFAULT nextval('article_versions')
);
CREATE INDEX articles_version ON articles (version);
CREATE INDEX articles_hash ON articles (hash) WHERE NOT deleted;

CREATE TABLE votes (
  id bigserial UNIQUE,
  user_id text NOT NULL,
  -- The question as compared (trimmed, lower case): one vote per user per question.
  question_key text NOT NULL,
  channel_id text,
  question text NOT NULL,
  answer text NOT NULL,
  citations jsonb NOT NULL,
  helpful boolean NOT NULL,
  voted_at timestamptz NOT NULL,
  PRIMARY KEY (user_id, question_key)
);

CREATE TABLE feeds (
  url text PRIMARY KEY,
  title text NOT NULL,
  keywords text,
  added_by text,
  added_at timestamptz NOT NULL,
  last_polled_at timestamptz,
  last_error text
);

CREATE TABLE feed_seen (
  id bigserial,
  url text NOT NULL REFERENCES feeds (url) ON DELETE CASCADE,
  item_id text NOT NULL,
  PRIMARY KEY (url, item_id)
);

CREATE TABLE digest_runs (
  id text PRIMARY KEY,
  slot timestamptz,
  channel text NOT NULL,
  window_from timestamptz,
  window_to timestamptz NOT NULL,
  articles jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'posted', 'failed')),
  created_at timestamptz NOT NULL,
  ts text,
  posted_at timestamptz,
  error text
);
-- One live attempt per channel and scheduled slot: a second instance's insert fails.
CREATE UNIQUE INDEX digest_runs_one_per_slot ON digest_runs (channel, slot) WHERE slot IS NOT NULL AND status <> 'failed';

CREATE TABLE digest_state (
  key text PRIMARY KEY,
  value text
);

-- Slack deliveries already handled (event ids, command trigger ids), so a retry or replay
-- that reaches another instance is acknowledged but not answered twice.
CREATE TABLE slack_deliveries (
  key text PRIMARY KEY,
  seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX slack_deliveries_seen_at ON slack_deliveries (seen_at);

-- Down Migration
DROP TABLE slack_deliveries;
DROP TABLE digest_state;
DROP TABLE digest_runs;
DROP TABLE feed_seen;
DROP TABLE feeds;
DROP TABLE votes;
DROP TABLE articles;
DROP SEQUENCE article_versions;
