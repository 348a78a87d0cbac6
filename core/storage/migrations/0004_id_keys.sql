-- Schema version 4: compact id keys for de-duplication, and a full-text index that may trail the
-- newest rows. Applied inside a transaction by Migrations.cpp: no BEGIN/COMMIT here. Needs the SQL
-- function tandem_id_key() (IdKey.cpp), which DatabaseOpener registers before migrating.
--
-- The three id indexes of schema 1 were keyed by (account, conversation, id): random ids behind
-- long text prefixes, so a catch-up dirtied a different leaf page of each of them for almost every
-- stored message. They give way to one table of 64-bit keyed hashes of the ids (IdKey.h says why
-- keyed), which MessageQueries looks up and fills in key order, a transaction's worth at a time;
-- the text columns stay and every hit is compared with them. A message-id index is no longer kept:
-- a chat message's origin_id already falls back to its id, and receipts and corrections look for
-- other ids among a conversation's newest messages (MessageQueries::setDeliveryState).

CREATE TABLE store_meta (
    name  TEXT PRIMARY KEY,
    value BLOB NOT NULL
) WITHOUT ROWID;

-- The key of the id hashes: random per database, never changed (the keys below depend on it).
INSERT INTO store_meta (name, value) VALUES ('id-key', randomblob(16));

-- Origin-ids (kind 'o') and stanza-ids (kind 's', with their "by") of every message. A key may
-- name several messages (a hash collision): the pair is the primary key.
CREATE TABLE message_keys (
    key     INTEGER NOT NULL,
    message INTEGER NOT NULL,
    PRIMARY KEY (key, message)
) WITHOUT ROWID;

-- New keys go here first, and into message_keys in one merge once there are many of them
-- (MessageKeys): random keys touch nearly every page of the table they go into, and a small table
-- has few pages to write back per transaction.
CREATE TABLE message_keys_recent (
    key     INTEGER NOT NULL,
    message INTEGER NOT NULL,
    PRIMARY KEY (key, message)
) WITHOUT ROWID;

CREATE VIEW message_keys_all AS
    SELECT key, message FROM message_keys_recent UNION ALL SELECT key, message FROM message_keys;

INSERT INTO message_keys (key, message)
    SELECT tandem_id_key((SELECT value FROM store_meta WHERE name = 'id-key'),
                         'o', account, conversation, origin_id), id
    FROM messages WHERE origin_id IS NOT NULL
    UNION
    SELECT tandem_id_key((SELECT value FROM store_meta WHERE name = 'id-key'),
                         's', account, conversation, stanza_id_by, stanza_id), id
    FROM messages WHERE stanza_id IS NOT NULL;

DROP INDEX messages_origin_id;
DROP INDEX messages_stanza_id;
DROP INDEX messages_message_id;

-- A deleted message takes its keys along (a stale key would only cost a row read: hits are
-- always compared with the text columns).
CREATE TRIGGER messages_keys_delete AFTER DELETE ON messages BEGIN
    DELETE FROM message_keys WHERE message = old.id AND key IN (
        tandem_id_key((SELECT value FROM store_meta WHERE name = 'id-key'),
                      'o', old.account, old.conversation, old.origin_id),
        tandem_id_key((SELECT value FROM store_meta WHERE name = 'id-key'),
                      's', old.account, old.conversation, old.stanza_id_by, old.stanza_id));
    DELETE FROM message_keys_recent WHERE message = old.id AND key IN (
        tandem_id_key((SELECT value FROM store_meta WHERE name = 'id-key'),
                      'o', old.account, old.conversation, old.origin_id),
        tandem_id_key((SELECT value FROM store_meta WHERE name = 'id-key'),
                      's', old.account, old.conversation, old.stanza_id_by, old.stanza_id));
END;

-- Inserting no longer indexes for search: a new row's id goes into search_pending, in the same
-- transaction, and SearchQueries::indexPending() indexes pending rows in large transactions when
-- the storage thread is idle, and before every search (so results stay complete). One FTS5 pass
-- over many rows costs a fraction of indexing each transaction's rows inline (RESULTS.md).
-- A queue rather than a "rows above id N" mark: SQLite may reuse the id of a deleted newest row.
CREATE TABLE search_pending (
    message INTEGER PRIMARY KEY
);

-- An external-content index must never be told to delete a row it does not hold.
DROP TRIGGER messages_fts_delete;
DROP TRIGGER messages_fts_update;

CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, body)
        SELECT 'delete', old.id, old.body
        WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE message = old.id);
    DELETE FROM search_pending WHERE message = old.id;
END;

CREATE TRIGGER messages_fts_update AFTER UPDATE OF body ON messages
WHEN NOT EXISTS (SELECT 1 FROM search_pending WHERE message = old.id) BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.id, old.body);
    INSERT INTO messages_fts (rowid, body) VALUES (new.id, new.body);
END;
