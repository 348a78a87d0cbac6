-- Schema version 6: room events are not searched. Applied inside a transaction by Migrations.cpp:
-- no BEGIN/COMMIT here.
--
-- A room event row (kind 3, Message::Kind::RoomEvent: a join, leave, kick, ban, nick or subject
-- change) keeps a nick, a reason or a subject in its body. A search for a word of them found the
-- event instead of what was said. From this version on a message is in exactly one of
-- search_pending (not indexed yet) and messages_fts, unless it is a room event: then in neither.
-- MessageDeduplication does not queue event rows, SearchQueries::indexPending() skips any that
-- are queued, DatabaseRepair queues none, and the triggers below never ask the index to forget a
-- row it does not hold (an external-content index must never be told that).
--
-- Cost on an existing archive: one pass over messages (kind is not indexed) and an FTS5 'delete'
-- per event row already indexed; no rebuild of the index. On 1,000,000 rows (a 355 MB file), the
-- pass alone took 0.16 s of CPU; with 100,000 of them indexed event rows, the whole migration took
-- 0.86 s of CPU (5 s on a busy two-core machine, writing the log included). A rebuild would read
-- and tokenize every body again.

INSERT INTO messages_fts (messages_fts, rowid, body)
    SELECT 'delete', id, body FROM messages
    WHERE kind = 3 AND NOT EXISTS (SELECT 1 FROM search_pending WHERE message = messages.id);

DELETE FROM search_pending WHERE message IN (SELECT id FROM messages WHERE kind = 3);

DROP TRIGGER messages_fts_delete;
DROP TRIGGER messages_fts_update;

CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, body)
        SELECT 'delete', old.id, old.body
        WHERE old.kind <> 3 AND NOT EXISTS (SELECT 1 FROM search_pending WHERE message = old.id);
    DELETE FROM search_pending WHERE message = old.id;
END;

CREATE TRIGGER messages_fts_update AFTER UPDATE OF body ON messages
WHEN old.kind <> 3 AND NOT EXISTS (SELECT 1 FROM search_pending WHERE message = old.id) BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.id, old.body);
    INSERT INTO messages_fts (rowid, body) VALUES (new.id, new.body);
END;
