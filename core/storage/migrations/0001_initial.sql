-- Schema version 1. Applied inside a transaction by Migrations.cpp: no BEGIN/COMMIT here.
--
-- Timestamps are INTEGER milliseconds since the epoch, UTC. Enums are stored as the integer values
-- of Tandem::Message (kind: Chat 0, GroupChat 1, GroupChatPrivate 2; direction: Incoming 0,
-- Outgoing 1; state: Received 0, Pending 1, Sent 2, Delivered 3, Failed 4).
--
-- messages keeps a plain INTEGER PRIMARY KEY (the rowid): an FTS5 index with
-- content='messages', content_rowid='id' can be added by a later migration without a rebuild.

CREATE TABLE messages (
    id           INTEGER PRIMARY KEY,
    account      TEXT    NOT NULL,
    conversation TEXT    NOT NULL,
    kind         INTEGER NOT NULL DEFAULT 0,
    direction    INTEGER NOT NULL DEFAULT 0,
    sender       TEXT    NOT NULL DEFAULT '',
    message_id   TEXT,
    origin_id    TEXT,
    stanza_id    TEXT,
    stanza_id_by TEXT,
    body         TEXT    NOT NULL DEFAULT '',
    server_ts    INTEGER NOT NULL,
    local_ts     INTEGER NOT NULL,
    replaces_id  TEXT,
    state        INTEGER NOT NULL DEFAULT 0,
    from_archive INTEGER NOT NULL DEFAULT 0,
    -- A stanza-id is only unique together with the entity that assigned it.
    CHECK ((stanza_id IS NULL) = (stanza_id_by IS NULL))
);

-- History paging: WHERE account = ? AND conversation = ? AND (server_ts, id) < (?, ?)
-- ORDER BY server_ts DESC, id DESC. Also covers counts and the conversation list.
CREATE INDEX messages_history ON messages (account, conversation, server_ts, id);

-- De-duplication of live, reflected and archived copies (XEP-0359).
CREATE UNIQUE INDEX messages_origin_id ON messages (account, conversation, origin_id)
    WHERE origin_id IS NOT NULL;
CREATE UNIQUE INDEX messages_stanza_id ON messages (account, conversation, stanza_id_by, stanza_id)
    WHERE stanza_id IS NOT NULL;

-- Receipts and markers name a message by its @id; corrections (XEP-0308) too.
CREATE INDEX messages_message_id ON messages (account, conversation, message_id)
    WHERE message_id IS NOT NULL;

-- The outbox: tiny, since it only holds messages not yet acknowledged.
CREATE INDEX messages_outbox ON messages (account, state) WHERE state IN (1, 2);

-- Per-account key/value state (e.g. the last archive id seen).
CREATE TABLE account_state (
    account TEXT NOT NULL,
    key     TEXT NOT NULL,
    value   TEXT,
    PRIMARY KEY (account, key)
) WITHOUT ROWID;
