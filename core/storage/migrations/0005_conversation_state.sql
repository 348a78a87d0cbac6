-- Schema version 5: what the user did with a conversation, per account. Applied inside a
-- transaction by Migrations.cpp: no BEGIN/COMMIT here. Needs the SQL function tandem_mentions()
-- (MentionMatch.cpp) for the conversation list, not for this script.
--
-- The read position is a place in the conversation's history order (server_ts, id), the order of
-- the history index, so "unread" is a range of that index and never a scan of the conversation.
-- It also keeps the stanza-id (and its "by") of the last read message when there is one: that is
-- what XEP-0490 publishes and receives, so a synchronised read state can be written here as is.
-- muted_until is in ms since the epoch: 0 is not muted, 9223372036854775807 is until unmuted.
-- notify: 0 default (decided by the kind of conversation), 1 all, 2 mentions only, 3 none.
-- closed_ts/closed_id: the newest message when the chat was closed; it is listed again once a
-- newer one arrives.

CREATE TABLE conversation_state (
    account           TEXT    NOT NULL,
    conversation      TEXT    NOT NULL,
    read_ts           INTEGER NOT NULL DEFAULT -1,
    read_id           INTEGER NOT NULL DEFAULT 0,
    read_stanza_id    TEXT,
    read_stanza_id_by TEXT,
    pinned            INTEGER NOT NULL DEFAULT 0,
    muted_until       INTEGER NOT NULL DEFAULT 0,
    draft             TEXT    NOT NULL DEFAULT '',
    nick              TEXT    NOT NULL DEFAULT '',
    notify            INTEGER NOT NULL DEFAULT 0,
    closed_ts         INTEGER,
    closed_id         INTEGER,
    PRIMARY KEY (account, conversation),
    CHECK ((read_stanza_id IS NULL) = (read_stanza_id_by IS NULL))
) WITHOUT ROWID;

-- What was stored before read positions existed was seen by the user (or is as good as seen):
-- an upgrade must not turn the whole history into unread messages.
INSERT INTO conversation_state (account, conversation, read_ts, read_id, read_stanza_id, read_stanza_id_by)
    SELECT m.account, m.conversation, m.server_ts, m.id, m.stanza_id, m.stanza_id_by
    FROM (SELECT account, conversation FROM messages GROUP BY account, conversation) AS c
    JOIN messages AS m ON m.id = (SELECT id FROM messages WHERE account = c.account
        AND conversation = c.conversation ORDER BY server_ts DESC, id DESC LIMIT 1);
