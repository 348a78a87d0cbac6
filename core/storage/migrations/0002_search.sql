-- Schema version 2: full-text search over message bodies (FTS5). Applied inside a transaction by
-- Migrations.cpp: no BEGIN/COMMIT here.
--
-- messages_fts is an external-content index: it stores only the index, and reads bodies (for
-- snippets) from messages through content_rowid = messages.id. unicode61 with
-- remove_diacritics 2 folds case in every script and removes the diacritics of Latin letters
-- ("creme" finds "Crème", "ПРИВЕТ" finds "привет"; Greek accents stay); text without spaces
-- between words (Chinese, Japanese) is one token per run, so only whole runs or prefixes
-- ("日本*") match.
--
-- Keeping the index in sync:
--   * INSERT is indexed by MessageQueries::storeInTransaction, in the same transaction as the
--     row, and NOT by a trigger. An INSERT that fires a trigger runs with a statement journal,
--     and FTS5 flushes its pending terms to a new on-disk segment at every statement savepoint:
--     with an AFTER INSERT trigger every stored message became its own segment, and a catch-up
--     stored half as many messages per second (tests/bench/archive/RESULTS.md). Any new code
--     path that inserts into messages must go through MessageQueries.
--   * UPDATE of the body and DELETE are rare and use the triggers below. The 'delete' command
--     of an external-content index must be given the old values exactly as they were indexed.
--   * The rows already stored when this migration runs are indexed by 'rebuild'.

CREATE VIRTUAL TABLE messages_fts USING fts5(
    body,
    content = 'messages',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;

CREATE TRIGGER messages_fts_update AFTER UPDATE OF body ON messages BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.id, old.body);
    INSERT INTO messages_fts (rowid, body) VALUES (new.id, new.body);
END;

INSERT INTO messages_fts (messages_fts) VALUES ('rebuild');
