-- Up Migration
-- Followers read "versions above the last one I applied", which is safe only if no lower version can
-- still commit. A sequence alone does not promise that: a writer that draws n and commits after another
-- writer's n+1 is skipped by a follower that read n+1 in between. So every statement that inserts or
-- updates articles first takes a transaction-scoped advisory lock (key 712003, LOCKS.articleVersions),
-- and each row then draws its version; the lock is held until commit, so versions become visible in the
-- order drawn. In the schema rather than in the app's statements so that every writer obeys it: an
-- instance still on an older release during a rolling upgrade, a CLI, a fix made by hand.
CREATE FUNCTION articles_take_version_turn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(712003);
  RETURN NULL;
END $$;

CREATE FUNCTION articles_next_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.version := nextval('article_versions');
  RETURN NEW;
END $$;

-- Per statement, before it locks any row: an update that locked its row first and waited for the turn
-- after would deadlock with a writer holding the turn and waiting for that row.
CREATE TRIGGER articles_take_version_turn BEFORE INSERT OR UPDATE ON articles
  FOR EACH STATEMENT EXECUTE FUNCTION articles_take_version_turn();

CREATE TRIGGER articles_next_version BEFORE INSERT OR UPDATE ON articles
  FOR EACH ROW EXECUTE FUNCTION articles_next_version();

-- Down Migration
DROP TRIGGER articles_next_version ON articles;
DROP TRIGGER articles_take_version_turn ON articles;
DROP FUNCTION articles_next_version();
DROP FUNCTION articles_take_version_turn();
