-- Schema version 7: why an outgoing message failed, and how often it was sent. Applied inside a
-- transaction by Migrations.cpp: no BEGIN/COMMIT here.
--
-- failure: the reason in the server's words (a stanza error's text or condition, the stream error
-- that followed the message) or Tandem's ("no receipt after N attempts"); NULL unless state is 4.
-- send_attempts: how many times the outbox sent it again after a reconnect; past its budget the
-- message is failed instead of being sent once more.
-- ADD COLUMN with a constant default rewrites no row: instant on an archive of any size.
ALTER TABLE messages ADD COLUMN failure TEXT;
ALTER TABLE messages ADD COLUMN send_attempts INTEGER NOT NULL DEFAULT 0;
