-- Schema version 3: which stretches of a server archive (XEP-0313) are stored locally. Applied
-- inside a transaction by Migrations.cpp: no BEGIN/COMMIT here.
--
-- A row says: every entry of `archive` from first_id to last_id (inclusive, archive order) is
-- stored in messages, or was deliberately rejected. Archive ids are opaque (Prosody uses UUIDs),
-- so ranges are ordered by their timestamps (INTEGER ms since the epoch, UTC, the archive's
-- <delay> stamps). Rows of one (account, archive) never overlap: FetchedRanges merges them
-- before they are written, and they are rewritten as a whole (a handful of rows per archive).
--
-- complete = 1: the fetch that reached last_id ended at the archive's end (<fin complete>);
-- 0: it stopped early (disconnect, error, page limit), so the gap after last_id is a known one.
--
-- `archive` is the account's own bare JID for 1:1 chats; room archives may use it later.

CREATE TABLE archive_ranges (
    account  TEXT    NOT NULL,
    archive  TEXT    NOT NULL,
    first_id TEXT    NOT NULL,
    first_ts INTEGER NOT NULL,
    last_id  TEXT    NOT NULL,
    last_ts  INTEGER NOT NULL,
    complete INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (account, archive, first_id)
) WITHOUT ROWID;
