<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccountCommand</name>
    <message>
        <location filename="../app/AccountCommand.cpp" line="+36"/>
        <source>Add (or update) an account of this profile.</source>
        <translation>Fügt diesem Profil ein Konto hinzu (oder aktualisiert es).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account address, name@server.</source>
        <translation>Die Kontoadresse, name@server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the password from FILE (first line).</source>
        <translation>Liest das Passwort aus DATEI (erste Zeile).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Connect to HOST instead of looking up DNS.</source>
        <translation>Verbindet mit HOST, statt im DNS nachzuschlagen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to PORT (default 5222).</source>
        <translation>Verbindet mit PORT (Standard: 5222).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also trust the certificate authority (or self-signed server certificate) in PEM file FILE, for this account only.</source>
        <translation>Vertraut zusätzlich der Zertifizierungsstelle (oder dem selbstsignierten Serverzertifikat) in der PEM-Datei DATEI, nur für dieses Konto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to keep the password: auto (keychain, else a private file), keychain, or file.</source>
        <translation>Wo das Passwort abgelegt wird: auto (Schlüsselbund, sonst eine private Datei), keychain oder file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>account add needs exactly one JID.</source>
        <translation>account add erwartet genau eine JID.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid account address &apos;%1&apos;: %2</source>
        <translation>Ungültige Kontoadresse &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--password-file is required.</source>
        <translation>--password-file ist erforderlich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password file %1 is empty.</source>
        <translation>Die Passwortdatei %1 ist leer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid port &apos;%1&apos;.</source>
        <translation>Ungültiger Port &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No PEM certificate found in %1.</source>
        <translation>In %1 wurde kein PEM-Zertifikat gefunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invalid --password-store &apos;%1&apos; (auto, keychain or file).</source>
        <translation>Ungültiger Wert für --password-store: &apos;%1&apos; (auto, keychain oder file).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account %1 saved in %2. A running Tandem on this profile picks it up when restarted.</source>
        <translation>Das Konto %1 wurde in %2 gespeichert. Ein auf diesem Profil laufendes Tandem übernimmt es nach einem Neustart.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (disabled)</source>
        <translation> (deaktiviert)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage: tandem account add JID --password-file FILE [options] | tandem account list</source>
        <translation>Aufruf: tandem account add JID --password-file DATEI [Optionen] | tandem account list</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="+20"/>
        <source>Tandem: an XMPP client whose group chats belong to the account, not to each device.

Commands:
  (none)                      Start the desktop client.
  xmpp:JID                    Start the desktop client (or raise it) and open the conversation
                              with JID; a ?query part (?join, ?message) is ignored.
  account add JID --password-file FILE [--host H] [--port P] [--ca-file PEM]
              [--password-store auto|keychain|file]
                              Add an account to the profile without the GUI. The password
                              goes to the system keychain, or with &apos;auto&apos; and no keychain,
                              to a file readable only by you (with a warning).
  account list                The accounts of the profile.
  ctl status [--json]
                              State of the running instance of the profile.
  ctl send JID TEXT [--json]
                              Send a message through the running instance.
  ctl history JID [--limit N] [--json]
                              The last N messages (default 50) of a conversation or room.
  ctl search QUERY [--in JID] [--limit N] [--json]
                              Search the messages of all conversations, or of one. Words
                              must all occur; &quot;a phrase&quot; in quotes; word* for a prefix.
  ctl read JID [--up-to ID] [--json]
                              Mark a conversation read (up to message ID), on every
                              device of the account (XEP-0490).
  ctl unread [--json]
                              The conversations with unread messages, and mentions.
  ctl export JID [--format text|json] [--output FILE] [--json]
                              A whole conversation, oldest first, to standard output or FILE
                              (--json is short for --format json).
  ctl rooms [--json]
                              The rooms this account is in, with state and occupant count
                              (and whether this device hides them).
  ctl join ROOM [--nick N] [--password P] [--json]
                              Join a room (a new room is created as an instant room).
  ctl leave ROOM [--json]
                              Leave a room.
  ctl hide ROOM [--json]
                              Hide a room on this device only (still kept for the account).
  ctl show ROOM [--json]
                              Show a hidden room on this device again.
  ctl occupants ROOM [--json]
                              Who is in a room.
  ctl nick ROOM NICK [--json]
                              Change the account&apos;s nickname in a room.
  ctl subject ROOM [TEXT] [--json]
                              Set (or, without TEXT, clear) a room&apos;s subject.
  ctl correct JID ID TEXT [--json]
                              Correct your message ID (its origin_id) in a chat or room.
  ctl anchor [--json]
                              Make this device the account&apos;s anchor (the one in the rooms).
  ctl active [--json]
                              Count the user as active on this device now: it notifies alone.
  ctl notifications [--json]
                              What this device notified; which devices the user is active on.
  repair                      When the message database is damaged (Tandem says so): rename
                              it aside, unchanged, and copy every message that can still be
                              read into a new one; the next start fetches the rest from the
                              server archives. Only while Tandem is not running.
  A room address works wherever a contact address does (ctl send ROOM TEXT).
  Every ctl command takes --account JID (default: the profile&apos;s first account), and
  --json prints its answer in the stable JSON form documented in the README.

&apos;tandem ctl&apos; talks to the Tandem already running on the same profile; it exits with 1
when none runs or the command fails, with 2 on a usage error. Data lives in the profile
directory (default: %1).</source>
        <translation>Tandem: ein XMPP-Client, dessen Gruppenchats dem Konto gehören, nicht dem einzelnen Gerät.

Befehle:
  (keiner)                    Den Desktop-Client starten.
  xmpp:JID                    Den Desktop-Client starten (oder nach vorne holen) und die Unterhaltung
                              mit JID öffnen; ein ?query-Teil (?join, ?message) wird ignoriert.
  account add JID --password-file DATEI [--host H] [--port P] [--ca-file PEM]
              [--password-store auto|keychain|file]
                              Dem Profil ohne Oberfläche ein Konto hinzufügen. Das Passwort
                              kommt in den System-Schlüsselbund oder, mit „auto“ und ohne Schlüsselbund,
                              in eine nur für Sie lesbare Datei (mit einer Warnung).
  account list                Die Konten des Profils.
  ctl status [--json]
                              Zustand der laufenden Instanz des Profils.
  ctl send JID TEXT [--json]
                              Eine Nachricht über die laufende Instanz senden.
  ctl history JID [--limit N] [--json]
                              Die letzten N Nachrichten (Standard: 50) einer Unterhaltung oder eines Raums.
  ctl search SUCHANFRAGE [--in JID] [--limit N] [--json]
                              In den Nachrichten aller Unterhaltungen oder einer einzelnen suchen. Alle Wörter
                              müssen vorkommen; „eine Phrase“ in Anführungszeichen; wort* für ein Präfix.
  ctl read JID [--up-to ID] [--json]
                              Eine Unterhaltung als gelesen markieren (bis zur Nachricht ID), auf allen
                              Geräten des Kontos (XEP-0490).
  ctl unread [--json]
                              Die Unterhaltungen mit ungelesenen Nachrichten, und Erwähnungen.
  ctl export JID [--format text|json] [--output DATEI] [--json]
                              Eine ganze Unterhaltung, älteste zuerst, in die Standardausgabe oder in DATEI
                              (--json ist kurz für --format json).
  ctl rooms [--json]
                              Die Räume dieses Kontos, mit Zustand und Teilnehmerzahl
                              (und ob dieses Gerät sie ausblendet).
  ctl join RAUM [--nick N] [--password P] [--json]
                              Einen Raum betreten (ein neuer Raum wird als Sofortraum angelegt).
  ctl leave RAUM [--json]
                              Einen Raum verlassen.
  ctl hide RAUM [--json]
                              Einen Raum nur auf diesem Gerät ausblenden (für das Konto bleibt er erhalten).
  ctl show RAUM [--json]
                              Einen ausgeblendeten Raum auf diesem Gerät wieder anzeigen.
  ctl occupants RAUM [--json]
                              Wer in einem Raum ist.
  ctl nick RAUM SPITZNAME [--json]
                              Den Spitznamen des Kontos in einem Raum ändern.
  ctl subject RAUM [TEXT] [--json]
                              Das Thema eines Raums setzen (oder, ohne TEXT, löschen).
  ctl correct JID ID TEXT [--json]
                              Die eigene Nachricht ID (ihre origin_id) in einem Chat oder Raum korrigieren.
  ctl anchor [--json]
                              Dieses Gerät zum Anker des Kontos machen (dem Gerät in den Räumen).
  ctl active [--json]
                              Den Benutzer jetzt als aktiv auf diesem Gerät zählen: nur es benachrichtigt.
  ctl notifications [--json]
                              Was dieses Gerät gemeldet hat; auf welchen Geräten der Benutzer aktiv ist.
  repair                      Wenn die Nachrichtendatenbank beschädigt ist (Tandem meldet es): sie
                              unverändert beiseite umbenennen und jede noch lesbare Nachricht in eine neue
                              kopieren; der nächste Start holt den Rest aus den Serverarchiven.
                              Nur, solange Tandem nicht läuft.
  Eine Raumadresse funktioniert überall, wo eine Kontaktadresse geht (ctl send RAUM TEXT).
  Jeder ctl-Befehl nimmt --account JID (Standard: das erste Konto des Profils), und
  --json gibt seine Antwort in der stabilen, in der README beschriebenen JSON-Form aus.

&apos;tandem ctl&apos; spricht mit dem Tandem, das bereits auf demselben Profil läuft; es endet mit 1,
wenn keines läuft oder der Befehl fehlschlägt, mit 2 bei einem Aufruffehler. Die Daten liegen im
Profilverzeichnis (Standard: %1).</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Use the profile in DIR (one profile is one device).</source>
        <translation>Verwendet das Profil in VERZEICHNIS (ein Profil entspricht einem Gerät).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run without a window, as an always-on device (for a home server). Stops cleanly on SIGTERM or SIGINT.</source>
        <translation>Läuft ohne Fenster als ständig eingeschaltetes Gerät (etwa für einen Heimserver). Beendet sich bei SIGTERM oder SIGINT sauber.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speak LANG instead of the desktop&apos;s language: %1.</source>
        <translation>SPRACHE statt der Sprache der Arbeitsumgebung verwenden: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>account, ctl or repair; see the list above.</source>
        <translation>account, ctl oder repair; siehe die Liste oben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>Run &apos;tandem --help&apos; for usage.</source>
        <translation>Hilfe zum Aufruf: &apos;tandem --help&apos;.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Unknown language &apos;%1&apos; for --lang; Tandem speaks %2.</source>
        <translation>Unbekannte Sprache &apos;%1&apos; für --lang; Tandem spricht %2.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Unknown command &apos;%1&apos;. Run &apos;tandem --help&apos; for usage.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;. Hilfe zum Aufruf: &apos;tandem --help&apos;.</translation>
    </message>
</context>
<context>
    <name>CtlCommand</name>
    <message>
        <location filename="../app/CtlPrinting.cpp" line="+33"/>
        <source>Tandem %1 (%2), pid %3, profile %4</source>
        <translation>Tandem %1 (%2), PID %3, Profil %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No account configured: use &apos;tandem account add&apos;.</source>
        <translation>Kein Konto eingerichtet: &apos;tandem account add&apos; verwenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1  %2, %3</source>
        <translation>  %1  %2, %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> of %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No rooms. Join one with: tandem ctl join ROOM</source>
        <translation>Keine Räume. Einen Raum betreten mit: tandem ctl join RAUM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>left (%1)</source>
        <translation>verlassen (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1  %2 as %3, %n occupant(s)</source>
        <translation>
            <numerusform>%1  %2 als %3, %n Teilnehmer</numerusform>
            <numerusform>%1  %2 als %3, %n Teilnehmer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(hidden on this device)</source>
        <translation>(auf diesem Gerät ausgeblendet)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>hidden on this device</source>
        <translation>auf diesem Gerät ausgeblendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shown on this device</source>
        <translation>auf diesem Gerät angezeigt</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No messages found.</source>
        <translation>Keine Nachrichten gefunden.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-27"/>
        <source># Conversation %1 of %2, exported %3. Times are UTC.
</source>
        <translation># Unterhaltung %1 des Kontos %2, exportiert am %3. Zeiten in UTC.
</translation>
    </message>
    <message numerus="yes">
        <location line="-100"/>
        <source>%1: %n unread</source>
        <translation>
            <numerusform>%1: %n ungelesen</numerusform>
            <numerusform>%1: %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing unread.</source>
        <translation>Nichts ungelesen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1  %n unread</source>
        <translation>
            <numerusform>%1  %n ungelesen</numerusform>
            <numerusform>%1  %n ungelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n Erwähnung</numerusform>
            <numerusform>%n Erwähnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>active since %1</source>
        <translation>aktiv seit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>idle since %1</source>
        <translation>untätig seit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no activity reported</source>
        <translation>keine Aktivität gemeldet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This device: %1</source>
        <translation>Dieses Gerät: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>notifies on this device</source>
        <translation>benachrichtigt auf diesem Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another device notifies</source>
        <translation>ein anderes Gerät benachrichtigt</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+11"/>
        <source>Writing the export failed: %1</source>
        <translation>Schreiben des Exports fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Exported %n message(s) to %1.</source>
        <translation>
            <numerusform>%n Nachricht in %1 exportiert.</numerusform>
            <numerusform>%n Nachrichten in %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/CtlCommand.cpp" line="+89"/>
        <source>Control the running Tandem of a profile. &apos;tandem --help&apos; describes every command.</source>
        <translation>Steuert das laufende Tandem eines Profils. &apos;tandem --help&apos; beschreibt alle Befehle.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Print the stable JSON form.</source>
        <translation>Gibt die stabile JSON-Form aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many messages (default 50).</source>
        <translation>Anzahl der Nachrichten (Standard: 50).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Act as account JID (default: the profile&apos;s first).</source>
        <translation>Als Konto JID handeln (Standard: das erste des Profils).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>JID</source>
        <translation>JID</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Nickname to join with.</source>
        <translation>Spitzname für den Beitritt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NICK</source>
        <translation>SPITZNAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room password.</source>
        <translation>Raumpasswort.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PASSWORD</source>
        <translation>PASSWORT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search: only in this conversation or room.</source>
        <translation>search: nur in dieser Unterhaltung oder diesem Raum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export: text (default) or json.</source>
        <translation>export: text (Standard) oder json.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export: write to FILE instead of standard output.</source>
        <translation>export: in DATEI statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read: only up to this message (its id in &apos;ctl history --json&apos;).</source>
        <translation>read: nur bis zu dieser Nachricht (ihre ID in &apos;ctl history --json&apos;).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--up-to only applies to &apos;read&apos;.</source>
        <translation>--up-to gilt nur für &apos;read&apos;.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>One of the commands above, with its arguments.</source>
        <translation>Einer der Befehle oben, mit seinen Argumenten.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Usage: tandem ctl %1</source>
        <translation>Aufruf: tandem ctl %1</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>--in only applies to &apos;search&apos;.</source>
        <translation>--in gilt nur für &apos;search&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--format and --output only apply to &apos;export&apos;.</source>
        <translation>--format und --output gelten nur für &apos;export&apos;.</translation>
    </message>
    <message>
        <location filename="../app/CtlCommands.cpp" line="+18"/>
        <source>--limit takes a positive number.</source>
        <translation>--limit erwartet eine positive Zahl.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+43"/>
        <location line="+14"/>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>State of the running instance of the profile.</source>
        <translation>Zustand der laufenden Instanz des Profils.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JID TEXT</source>
        <translation>JID TEXT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a message through the running instance.</source>
        <translation>Sendet eine Nachricht über die laufende Instanz.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>JID [--limit N] [--json]</source>
        <translation>JID [--limit N] [--json]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last N messages (default 50) of a conversation or room.</source>
        <translation>Die letzten N Nachrichten (Standard 50) aus Unterhaltung oder Raum.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>QUERY [--in JID] [--limit N] [--json]</source>
        <translation>SUCHANFRAGE [--in JID] [--limit N] [--json]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the messages of all conversations, or of one.</source>
        <translation>Sucht in allen Unterhaltungen oder in einer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>JID [--up-to ID]</source>
        <translation>JID [--up-to ID]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark a conversation read, on every device of the account.</source>
        <translation>Eine Unterhaltung als gelesen markieren, auf allen Geräten des Kontos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--up-to takes a message id, as &apos;ctl history --json&apos; shows it.</source>
        <translation>--up-to erwartet eine Nachrichten-ID, wie &apos;ctl history --json&apos; sie zeigt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The conversations with unread messages, and how many mention you.</source>
        <translation>Die Unterhaltungen mit ungelesenen Nachrichten, und wie viele Sie erwähnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JID [--format text|json] [--output FILE]</source>
        <translation>JID [--format text|json] [--output DATEI]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A whole conversation, oldest first, to standard output or FILE.</source>
        <translation>Eine ganze Unterhaltung, älteste zuerst, in die Standardausgabe oder in DATEI.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The rooms this account is in, with state and occupant count.</source>
        <translation>Die Räume, in denen das Konto ist, mit Zustand und Teilnehmerzahl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ROOM [--nick N] [--password P]</source>
        <translation>RAUM [--nick N] [--password P]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join a room (a new room is created as an instant room).</source>
        <translation>Betritt einen Raum (ein neuer Raum wird als Sofortraum angelegt).</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>ROOM</source>
        <translation>RAUM</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Leave a room.</source>
        <translation>Verlässt einen Raum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide a room on this device only: not listed, not notified, still kept for the account.</source>
        <translation>Einen Raum nur auf diesem Gerät ausblenden: nicht aufgeführt, keine Benachrichtigungen, für das Konto weiter erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show a hidden room on this device again, with all its history.</source>
        <translation>Einen ausgeblendeten Raum auf diesem Gerät wieder anzeigen, mit seinem ganzen Verlauf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is in a room.</source>
        <translation>Zeigt, wer in einem Raum ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROOM NICK</source>
        <translation>RAUM SPITZNAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the account&apos;s nickname in a room.</source>
        <translation>Ändert den Spitznamen des Kontos in einem Raum.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ROOM [TEXT]</source>
        <translation>RAUM [TEXT]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set (or, without TEXT, clear) a room&apos;s subject.</source>
        <translation>Setzt (oder, ohne TEXT, löscht) das Thema eines Raums.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>JID MESSAGE-ID TEXT</source>
        <translation>JID NACHRICHTEN-ID TEXT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct one of your messages (MESSAGE-ID: its origin_id) in a chat or room.</source>
        <translation>Korrigiert eine eigene Nachricht (NACHRICHTEN-ID: ihre origin_id) in Chat oder Raum.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Make this device the account&apos;s anchor (the one in the rooms).</source>
        <translation>Macht dieses Gerät zum Anker des Kontos (dem Gerät in den Räumen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count the user as active on this device now (as a key press would): it notifies alone.</source>
        <translation>Den Benutzer jetzt als aktiv auf diesem Gerät zählen (wie ein Tastendruck): nur es benachrichtigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What this device notified, and which devices the user is active on.</source>
        <translation>Was dieses Gerät gemeldet hat, und auf welchen Geräten der Benutzer aktiv ist.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>--format is text or json.</source>
        <translation>--format ist text oder json.</translation>
    </message>
    <message>
        <location filename="../app/CtlCommand.cpp" line="+49"/>
        <source>Missing command. Run &apos;tandem ctl --help&apos;.</source>
        <translation>Befehl fehlt. Hilfe: &apos;tandem ctl --help&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown command &apos;%1&apos;. Run &apos;tandem ctl --help&apos;.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;. Hilfe: &apos;tandem ctl --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/CtlPrinting.cpp" line="-171"/>
        <source>Message %1 to %2: %3</source>
        <translation>Nachricht %1 an %2: %3</translation>
    </message>
</context>
<context>
    <name>CtlCommand::ExportTarget</name>
    <message>
        <location filename="../app/ExportTarget.cpp" line="+28"/>
        <source>Cannot write to standard output.</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot export to %1: it is a directory.</source>
        <translation>Export nach %1 nicht möglich: es ist ein Verzeichnis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot export to %1: it is a special file (give a file, a FIFO or a character device).</source>
        <translation>Export nach %1 nicht möglich: es ist eine Spezialdatei (eine Datei, ein FIFO oder ein zeichenorientiertes Gerät angeben).</translation>
    </message>
</context>
<context>
    <name>GuiMode</name>
    <message>
        <location filename="../app/GuiMode.cpp" line="+41"/>
        <source>The profile %1 is in use by a headless Tandem (process %2), which has no window. Stop it first, or start the window on another profile (--profile DIR).</source>
        <translation>Das Profil %1 wird von einem Tandem ohne Oberfläche (Prozess %2) verwendet, das kein Fenster hat. Es zuerst beenden oder das Fenster mit einem anderen Profil starten (--profile VERZEICHNIS).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tandem cannot start</source>
        <translation>Tandem kann nicht gestartet werden</translation>
    </message>
</context>
<context>
    <name>HeadlessMode</name>
    <message>
        <location filename="../app/HeadlessMode.cpp" line="+39"/>
        <source>shutting down</source>
        <translation>wird beendet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>storage error:</source>
        <translation>Speicherfehler:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no account configured; add one with &apos;tandem --profile %1 account add&apos;</source>
        <translation>kein Konto eingerichtet; eines hinzufügen mit &apos;tandem --profile %1 account add&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tandem is running headless on profile %1 as %2. Try: tandem --profile %1 ctl status</source>
        <translation>Tandem läuft ohne Oberfläche auf Profil %1 als %2. Zum Beispiel: tandem --profile %1 ctl status</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+78"/>
        <location line="+235"/>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="+33"/>
        <source>&amp;Tandem</source>
        <translation>&amp;Tandem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make This Device the &amp;Anchor</source>
        <translation>Dieses Gerät zum &amp;Anker machen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Add an A&amp;ccount…</source>
        <translation>&amp;Konto hinzufügen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Conversation</source>
        <translation>&amp;Unterhaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Chat…</source>
        <translation>&amp;Neuer Chat…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Join a Group Chat…</source>
        <translation>Einem Gruppenchat &amp;beitreten…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go to Conversation…</source>
        <translation>&amp;Zu Unterhaltung wechseln…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hidden Rooms</source>
        <translation>Ausgeblendete &amp;Räume</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find in Conversation…</source>
        <translation>In Unterhaltung &amp;suchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search All Messages…</source>
        <translation>&amp;Alle Nachrichten durchsuchen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show %1 on this device again</source>
        <translation>%1 auf diesem Gerät wieder anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No Hidden Rooms</source>
        <translation>Keine ausgeblendeten Räume</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-230"/>
        <source>Chat with name@server…</source>
        <translation>Chatten mit name@server…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat address</source>
        <translation>Adresse für neuen Chat</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Storage error: %1</source>
        <translation>Speicherfehler: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No account. Add one with Tandem › Add an Account…</source>
        <translation>Kein Konto. Eines hinzufügen mit Tandem › Konto hinzufügen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show this account&apos;s devices</source>
        <translation>Die Geräte dieses Kontos zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Devices: %1</source>
        <translation>Geräte: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 — Tandem</source>
        <translation>%1 — Tandem</translation>
    </message>
</context>
<context>
    <name>RepairCommand</name>
    <message>
        <location filename="../app/RepairCommand.cpp" line="+24"/>
        <source>Usage: tandem [--profile DIR] repair</source>
        <translation>Aufruf: tandem [--profile VERZEICHNIS] repair</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quit it before repairing its database.</source>
        <translation>Tandem vor der Reparatur der Datenbank beenden.</translation>
    </message>
</context>
<context>
    <name>RoomEventText</name>
    <message>
        <location filename="../core/models/RoomEventText.cpp" line="+16"/>
        <source>%1 joined</source>
        <translation>%1 ist beigetreten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left</source>
        <translation>%1 ist gegangen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 left: %2</source>
        <translation>%1 ist gegangen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was kicked</source>
        <translation>%1 wurde hinausgeworfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 was kicked: %2</source>
        <translation>%1 wurde hinausgeworfen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was banned</source>
        <translation>%1 wurde gesperrt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 was banned: %2</source>
        <translation>%1 wurde gesperrt: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is now %2</source>
        <translation>%1 heißt jetzt %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The subject was cleared</source>
        <translation>Das Thema wurde gelöscht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cleared the subject</source>
        <translation>%1 hat das Thema gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subject is now “%1”</source>
        <translation>Das Thema ist jetzt „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed the subject to “%2”</source>
        <translation>%1 hat das Thema in „%2“ geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You joined</source>
        <translation>Sie sind beigetreten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You left</source>
        <translation>Sie sind gegangen</translation>
    </message>
</context>
<context>
    <name>Tandem</name>
    <message>
        <location filename="../core/profile/PrivateDirectory.cpp" line="+24"/>
        <source>The directory %1 does not exist.</source>
        <translation>Das Verzeichnis %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusing the directory %1: it is a symbolic link.</source>
        <translation>Das Verzeichnis %1 wird abgelehnt: es ist ein symbolischer Link.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusing %1: it is not a directory.</source>
        <translation>%1 wird abgelehnt: es ist kein Verzeichnis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusing the directory %1: it belongs to another user (uid %2).</source>
        <translation>Das Verzeichnis %1 wird abgelehnt: es gehört einem anderen Benutzer (uid %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refusing the directory %1: its mode is %2, it must be 0700 (only you).</source>
        <translation>Das Verzeichnis %1 wird abgelehnt: seine Rechte sind %2, sie müssen 0700 sein (nur Sie).</translation>
    </message>
</context>
<context>
    <name>Tandem::Account</name>
    <message>
        <location filename="../core/account/AccountMessages.cpp" line="+72"/>
        <source>the server answered with an error</source>
        <translation>der Server antwortete mit einem Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server answered: %1</source>
        <translation>der Server antwortete: %1</translation>
    </message>
</context>
<context>
    <name>Tandem::AccountDialog</name>
    <message>
        <location filename="../ui/dialogs/AccountDialog.cpp" line="+27"/>
        <location line="+27"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>This device is always on (prefer it as the anchor)</source>
        <translation>Dieses Gerät ist immer eingeschaltet (bevorzugt als Anker)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell contacts when I have &amp;read their messages</source>
        <translation>Kontakten mitteilen, wenn ich ihre Nachrichten &amp;gelesen habe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trust this certificate</source>
        <translation>Diesem Zertifikat ver&amp;trauen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>you@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found from the address</source>
        <translation>Aus der Adresse ermittelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server host</source>
        <translation>Server-Host</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server port</source>
        <translation>Server-Port</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This device is always on</source>
        <translation>Dieses Gerät ist immer eingeschaltet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tell contacts when I have read their messages</source>
        <translation>Kontakten mitteilen, wenn ich ihre Nachrichten gelesen habe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection result</source>
        <translation>Verbindungsergebnis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trust this certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This is not an address: %1</source>
        <translation>Das ist keine Adresse: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the account&apos;s password.</source>
        <translation>Bitte das Passwort des Kontos eingeben.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Connected. Saving the account…</source>
        <translation>Verbunden. Das Konto wird gespeichert…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account could not be saved: %1</source>
        <translation>Das Konto konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
</context>
<context>
    <name>Tandem::AccountListModel</name>
    <message>
        <location filename="../core/models/AccountListModel.cpp" line="+31"/>
        <source>%1, enabled</source>
        <translation>%1, aktiviert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, disabled</source>
        <translation>%1, deaktiviert</translation>
    </message>
</context>
<context>
    <name>Tandem::AccountsDialog</name>
    <message>
        <location filename="../ui/dialogs/AccountsDialog.cpp" line="+21"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accounts (checked ones connect)</source>
        <translation>Konten (markierte verbinden sich)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add an account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected account</source>
        <translation>Ausgewähltes Konto entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from this device? Its password is forgotten here; its messages stay in the archive on this device and come back if you add the account again.</source>
        <translation>%1 von diesem Gerät entfernen? Sein Passwort wird hier vergessen; seine Nachrichten bleiben im Archiv auf diesem Gerät und sind wieder da, wenn Sie das Konto erneut hinzufügen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>Tandem::BookmarksManager0402</name>
    <message>
        <location filename="../core/xmpp/BookmarksManager0402.cpp" line="+92"/>
        <source>Cannot bookmark &apos;%1&apos;</source>
        <translation>Lesezeichen für &apos;%1&apos; kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot find out how the server stores bookmarks</source>
        <translation>Es lässt sich nicht ermitteln, wie der Server Lesezeichen speichert</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot fetch the bookmarks</source>
        <translation>Die Lesezeichen können nicht abgerufen werden</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+4"/>
        <source>Cannot save the bookmark of %1</source>
        <translation>Das Lesezeichen für %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>the bookmarks node exists with a configuration other than XEP-0402&apos;s (%1)</source>
        <translation>der Lesezeichen-Knoten existiert bereits mit einer anderen Konfiguration als der von XEP-0402 (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot remove the bookmark of %1</source>
        <translation>Das Lesezeichen für %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Bookmarks (XEP-0048)</source>
        <translation>Lesezeichen (XEP-0048)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Tandem::ChatHeader</name>
    <message>
        <location filename="../ui/widgets/ChatHeader.cpp" line="+38"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Room actions</source>
        <translation>Raumaktionen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change Your &amp;Nick…</source>
        <translation>Eigenen &amp;Spitznamen ändern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the &amp;Subject…</source>
        <translation>&amp;Thema ändern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hide on This Device</source>
        <translation>Auf diesem Gerät &amp;ausblenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Leave the Room</source>
        <translation>Raum &amp;verlassen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Conversation with %1</source>
        <translation>Unterhaltung mit %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subject: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change Your Nick</source>
        <translation>Spitznamen ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your nick in %1:</source>
        <translation>Ihr Spitzname in %1:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The room kept your nick, not %1: %2</source>
        <translation>Der Raum hat Ihren Spitznamen behalten, nicht %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change the Subject</source>
        <translation>Thema ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject of %1:</source>
        <translation>Thema von %1:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The subject was not changed: %1</source>
        <translation>Das Thema wurde nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>Tandem::ChatView</name>
    <message>
        <location filename="../ui/widgets/ChatView.cpp" line="+55"/>
        <source>Choose a conversation on the left, press Ctrl+K to go to one, Ctrl+N to start a chat or Ctrl+J to join a group chat.</source>
        <translation>Links eine Unterhaltung wählen, mit Strg+K zu einer wechseln, mit Strg+N einen Chat beginnen oder mit Strg+J einem Gruppenchat beitreten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correcting your last message. Esc gives it up.</source>
        <translation>Ihre letzte Nachricht wird korrigiert. Esc bricht ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+72"/>
        <location line="+70"/>
        <source>Write a message…</source>
        <translation>Nachricht schreiben…</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+70"/>
        <source>Write to %1…</source>
        <translation>An %1 schreiben…</translation>
    </message>
</context>
<context>
    <name>Tandem::ConnectionError</name>
    <message>
        <location filename="../core/session/ConnectionError.cpp" line="+74"/>
        <source>Authentication failed: the server rejected the address or password.</source>
        <translation>Anmeldung fehlgeschlagen: Der Server hat Adresse oder Passwort abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server not found: the name could not be resolved (DNS).</source>
        <translation>Server nicht gefunden: Der Name konnte nicht aufgelöst werden (DNS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the connection (nothing is listening on that port).</source>
        <translation>Der Server hat die Verbindung abgelehnt (an diesem Port lauscht kein Dienst).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server is unreachable: check the network connection.</source>
        <translation>Der Server ist nicht erreichbar: Bitte die Netzwerkverbindung prüfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secure connection failed: the server&apos;s certificate is not trusted or TLS could not be established.</source>
        <translation>Sichere Verbindung fehlgeschlagen: Dem Zertifikat des Servers wird nicht vertraut, oder TLS konnte nicht aufgebaut werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another session with the same device name took over this connection.</source>
        <translation>Eine andere Sitzung mit demselben Gerätenamen hat diese Verbindung übernommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the server was lost.</source>
        <translation>Die Verbindung zum Server wurde unterbrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server closed the connection with an error.</source>
        <translation>Der Server hat die Verbindung mit einem Fehler beendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password is available for this account.</source>
        <translation>Für dieses Konto ist kein Passwort verfügbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not offer encryption (STARTTLS); Tandem never logs in without it.</source>
        <translation>Der Server bietet keine Verschlüsselung (STARTTLS) an; ohne sie meldet sich Tandem nie an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time: it may be unreachable, or the network blocks the connection.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet: Möglicherweise ist er nicht erreichbar, oder das Netzwerk blockiert die Verbindung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate is not trusted (SHA-256 fingerprint %1). Trust it only if the server&apos;s administrator confirms this fingerprint.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut (SHA-256-Fingerabdruck %1). Nur vertrauen, wenn der Administrator des Servers diesen Fingerabdruck bestätigt.</translation>
    </message>
</context>
<context>
    <name>Tandem::ControlClient</name>
    <message>
        <location filename="../core/ctl/ControlClient.cpp" line="+33"/>
        <source>No running Tandem for this profile (nothing listens on %1).</source>
        <translation>Für dieses Profil läuft kein Tandem (auf %1 lauscht nichts).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refusing the control socket %1: %2</source>
        <translation>Der Steuer-Socket %1 wird abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refusing the control socket %1: it belongs to another user (uid %2).</source>
        <translation>Der Steuer-Socket %1 wird abgelehnt: er gehört einem anderen Benutzer (uid %2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refusing the control socket %1: it is served by another user (uid %2).</source>
        <translation>Der Steuer-Socket %1 wird abgelehnt: ein anderer Benutzer bedient ihn (uid %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not send the request: %1</source>
        <translation>Die Anfrage konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tandem did not answer within %1 seconds.</source>
        <translation>Tandem hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tandem closed the connection without answering.</source>
        <translation>Tandem hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tandem sent a malformed answer: %1</source>
        <translation>Tandem hat eine fehlerhafte Antwort gesendet: %1</translation>
    </message>
</context>
<context>
    <name>Tandem::ControlCommands</name>
    <message>
        <location filename="../core/ctl/ControlCommands.cpp" line="+74"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No account is configured in this profile.</source>
        <translation>In diesem Profil ist kein Konto eingerichtet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No account %1 in this profile.</source>
        <translation>Das Konto %1 gibt es in diesem Profil nicht.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Invalid recipient &apos;%1&apos;: %2</source>
        <translation>Ungültiger Empfänger &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../core/ctl/ControlRoomCommands.cpp" line="+27"/>
        <source>The message was not sent: %1</source>
        <translation>Die Nachricht wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Invalid address &apos;%1&apos;: %2</source>
        <translation>Ungültige Adresse &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+121"/>
        <source>The limit must be between 1 and %1.</source>
        <translation>Das Limit muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Tandem runs headless on this profile (process %1): it has no window to show.</source>
        <translation>Tandem läuft auf diesem Profil ohne Oberfläche (Prozess %1): Es gibt kein Fenster, das angezeigt werden könnte.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A correction needs the id of the message and the new text.</source>
        <translation>Für eine Korrektur werden die ID der Nachricht und der neue Text benötigt.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Nothing to search for.</source>
        <translation>Kein Suchbegriff angegeben.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The page size must be between 1 and %1.</source>
        <translation>Die Seitengröße muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/ctl/ControlRoomCommands.cpp" line="+31"/>
        <location line="+51"/>
        <source>Invalid room address &apos;%1&apos;: %2</source>
        <translation>Ungültige Raumadresse &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Could not join %1: %2</source>
        <translation>%1 konnte nicht betreten werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer from %1 yet; Tandem keeps trying.</source>
        <translation>Noch keine Antwort von %1; Tandem versucht es weiter.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+35"/>
        <location line="+4"/>
        <location line="+16"/>
        <location line="+26"/>
        <source>Not in room %1.</source>
        <translation>Nicht im Raum %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>only moderators may change the subject of this room</source>
        <translation>nur Moderatoren dürfen das Thema dieses Raums ändern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The nickname is empty.</source>
        <translation>Der Spitzname ist leer.</translation>
    </message>
    <message>
        <location filename="../core/ctl/ControlReadCommands.cpp" line="+38"/>
        <source>--up-to takes a message id, as `ctl history --json` shows it.</source>
        <translation>--up-to erwartet eine Nachrichten-ID, wie `ctl history --json` sie zeigt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There are no messages in %1.</source>
        <translation>In %1 gibt es keine Nachrichten.</translation>
    </message>
    <message>
        <location filename="../core/ctl/ControlActivityCommands.cpp" line="+34"/>
        <source>A headless Tandem has no user at it: it is never active.</source>
        <translation>Ein Tandem ohne Oberfläche hat keinen Benutzer vor sich: Es ist nie aktiv.</translation>
    </message>
</context>
<context>
    <name>Tandem::ControlRequest</name>
    <message>
        <location filename="../core/ctl/ControlRequest.cpp" line="+25"/>
        <source>Malformed request: %1</source>
        <translation>Fehlerhafte Anfrage: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Malformed request: not a JSON object</source>
        <translation>Fehlerhafte Anfrage: kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Malformed request: no command name</source>
        <translation>Fehlerhafte Anfrage: kein Befehlsname</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Malformed request: the arguments are not a JSON object</source>
        <translation>Fehlerhafte Anfrage: die Argumente sind kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>Tandem::ControlServer</name>
    <message>
        <location filename="../core/ctl/ControlServer.cpp" line="+63"/>
        <location line="+6"/>
        <source>Cannot open the control socket %1: %2</source>
        <translation>Der Steuer-Socket %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This Tandem belongs to another user; it takes no commands from you.</source>
        <translation>Dieses Tandem gehört einem anderen Benutzer; es nimmt keine Befehle von Ihnen an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too many control connections at once (%1); try again.</source>
        <translation>Zu viele Steuerverbindungen gleichzeitig (%1); bitte erneut versuchen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tandem is still starting.</source>
        <translation>Tandem wird noch gestartet.</translation>
    </message>
</context>
<context>
    <name>Tandem::ConversationDelegate</name>
    <message>
        <location filename="../ui/widgets/ConversationDelegate.cpp" line="+171"/>
        <source>Draft: %1</source>
        <translation>Entwurf: %1</translation>
    </message>
</context>
<context>
    <name>Tandem::ConversationListView</name>
    <message>
        <location filename="../ui/widgets/ConversationListView.cpp" line="+35"/>
        <location line="+1"/>
        <source>Filter conversations</source>
        <translation>Unterhaltungen filtern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Unpin</source>
        <translation>Loslösen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unmute</source>
        <translation>Stummschaltung aufheben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mute for 1 Hour</source>
        <translation>1 Stunde stummschalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mute for 8 Hours</source>
        <translation>8 Stunden stummschalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mute Until I Unmute</source>
        <translation>Stummschalten, bis ich es aufhebe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close Chat</source>
        <translation>Chat schließen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide on This Device</source>
        <translation>Auf diesem Gerät ausblenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It stays the account&apos;s room, shown on your other devices; its messages are still kept</source>
        <translation>Er bleibt ein Raum des Kontos und wird auf Ihren anderen Geräten angezeigt; seine Nachrichten bleiben erhalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave Room</source>
        <translation>Raum verlassen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Notify</source>
        <translation>Benachrichtigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As Usual for This Room</source>
        <translation>Wie für diesen Raum üblich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For All Messages</source>
        <translation>Bei allen Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only When Mentioned</source>
        <translation>Nur bei Erwähnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>Tandem::DatabaseRepair</name>
    <message>
        <location filename="../core/storage/DatabaseRepair.cpp" line="+261"/>
        <source>There is no database file to repair.</source>
        <translation>Es gibt keine Datenbankdatei, die repariert werden könnte.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>It could not be renamed to “%1”.</source>
        <translation>Sie konnte nicht in „%1“ umbenannt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Its file “%1” could not be renamed.</source>
        <translation>Ihre Datei „%1“ konnte nicht umbenannt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The damaged file is now “%1”, but the new database “%2” could not take its place; rename it yourself.</source>
        <translation>Die beschädigte Datei heißt jetzt „%1“, aber die neue Datenbank „%2“ konnte nicht an ihre Stelle treten; bitte selbst umbenennen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was repaired: %1</source>
        <translation>Nichts wurde repariert: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The damaged database was renamed to “%1”. It has not been changed; delete it once you are content with the repair.</source>
        <translation>Die beschädigte Datenbank wurde in „%1“ umbenannt. Sie wurde nicht verändert; sie kann gelöscht werden, sobald die Reparatur zufriedenstellend ist.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A new database took its place, with the %n message(s) that could be read.</source>
        <translation>
            <numerusform>Eine neue Datenbank ist an ihre Stelle getreten, mit der %n Nachricht, die gelesen werden konnte.</numerusform>
            <numerusform>Eine neue Datenbank ist an ihre Stelle getreten, mit den %n Nachrichten, die gelesen werden konnten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n stretch(es) of messages could not be read: their pages are damaged. Tandem fetches them again from the server archives on its next start, where the server keeps an archive.</source>
        <translation>
            <numerusform>%n Abschnitt mit Nachrichten konnte nicht gelesen werden: seine Seiten sind beschädigt. Tandem holt ihn beim nächsten Start erneut aus den Serverarchiven, sofern der Server ein Archiv führt.</numerusform>
            <numerusform>%n Abschnitte mit Nachrichten konnten nicht gelesen werden: ihre Seiten sind beschädigt. Tandem holt sie beim nächsten Start erneut aus den Serverarchiven, sofern der Server ein Archiv führt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some records of these tables could not be read either: %1.</source>
        <translation>Einige Einträge dieser Tabellen konnten ebenfalls nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every row could be read: nothing was lost.</source>
        <translation>Jede Zeile konnte gelesen werden: Nichts ging verloren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The search index is rebuilt in the background.</source>
        <translation>Der Suchindex wird im Hintergrund neu aufgebaut.</translation>
    </message>
</context>
<context>
    <name>Tandem::DesktopNotifier</name>
    <message>
        <location filename="../ui/notifications/DesktopNotifier.cpp" line="+84"/>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>Tandem::DeviceListModel</name>
    <message>
        <location filename="../core/models/DeviceListModel.cpp" line="+211"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sibling</source>
        <translation>Geschwistergerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anchor</source>
        <translation>Anker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>solo</source>
        <translation>allein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the only device of the account online</source>
        <translation>das einzige Gerät des Kontos, das online ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>always on</source>
        <translation>ständig eingeschaltet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chosen as the anchor</source>
        <translation>als Anker gewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running the longest</source>
        <translation>läuft am längsten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first by name among equals</source>
        <translation>unter Gleichen dem Namen nach zuerst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keeps the rooms until a better-placed device takes over</source>
        <translation>hält die Räume, bis ein besser platziertes Gerät übernimmt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnecting…</source>
        <translation>Verbinde erneut…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solo: this device holds the rooms</source>
        <translation>Allein: dieses Gerät hält die Räume</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anchor: this device holds the rooms</source>
        <translation>Anker: dieses Gerät hält die Räume</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sibling: the rooms come through the anchor</source>
        <translation>Geschwistergerät: die Räume kommen über den Anker</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (this device)</source>
        <translation>%1 (dieses Gerät)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, anchor because: %2</source>
        <translation>%1, Anker, weil: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>anchor (joining the rooms)</source>
        <translation>Anker (betritt die Räume)</translation>
    </message>
</context>
<context>
    <name>Tandem::DevicesPanel</name>
    <message>
        <location filename="../ui/widgets/DevicesPanel.cpp" line="+19"/>
        <source>Make This Device the Anchor</source>
        <translation>Dieses Gerät zum Anker machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device is always on</source>
        <translation>Dieses Gerät ist immer eingeschaltet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Devices of this account</source>
        <translation>Geräte dieses Kontos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This device joins the rooms and relays them to the others</source>
        <translation>Dieses Gerät betritt die Räume und leitet sie an die anderen weiter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An always-on device is preferred as the anchor</source>
        <translation>Ein immer eingeschaltetes Gerät wird als Anker bevorzugt</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 · the anchor is %2 (%3)</source>
        <translation>%1 · der Anker ist %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · term %2</source>
        <translation>%1 · Amtszeit %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: held by no device yet</source>
        <translation>%1: noch von keinem Gerät gehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: held by %2</source>
        <translation>%1: gehalten von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rooms</source>
        <translation>Keine Räume</translation>
    </message>
</context>
<context>
    <name>Tandem::DisplayedSync0490</name>
    <message>
        <location filename="../core/xmpp/DisplayedSync0490.cpp" line="+86"/>
        <source>Cannot fetch which messages were read elsewhere: %1</source>
        <translation>Es lässt sich nicht abrufen, welche Nachrichten anderswo gelesen wurden: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot tell the account&apos;s other devices that %1 was read: %2</source>
        <translation>Den anderen Geräten des Kontos kann nicht mitgeteilt werden, dass %1 gelesen wurde: %2</translation>
    </message>
</context>
<context>
    <name>Tandem::Instance</name>
    <message numerus="yes">
        <location filename="../core/account/Instance.cpp" line="+63"/>
        <source>%1 %n incoming message(s) are kept in memory and will be stored once the message database works again.</source>
        <translation>
            <numerusform>%1 %n eingehende Nachricht wird im Speicher gehalten und gespeichert, sobald die Nachrichtendatenbank wieder funktioniert.</numerusform>
            <numerusform>%1 %n eingehende Nachrichten werden im Speicher gehalten und gespeichert, sobald die Nachrichtendatenbank wieder funktioniert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tandem::IqResponse</name>
    <message>
        <location filename="../core/xmpp/IqTracker.cpp" line="+51"/>
        <source>no answer from the server in time</source>
        <translation>keine rechtzeitige Antwort vom Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disconnected before the server answered</source>
        <translation>Verbindung getrennt, bevor der Server antwortete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
</context>
<context>
    <name>Tandem::Jid</name>
    <message>
        <location filename="../core/profile/Jid.cpp" line="+22"/>
        <source>The address is empty.</source>
        <translation>Die Adresse ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address must not contain a resource (the part after &apos;/&apos;).</source>
        <translation>Die Adresse darf keine Ressource enthalten (den Teil nach &apos;/&apos;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address must look like name@server.</source>
        <translation>Die Adresse muss die Form name@server haben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server part of the address is not a valid domain.</source>
        <translation>Der Serverteil der Adresse ist keine gültige Domain.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name part of the address contains &apos;%1&apos;, which is not allowed.</source>
        <translation>Der Namensteil der Adresse enthält &apos;%1&apos;; das ist nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server part of the address contains an invalid character.</source>
        <translation>Der Serverteil der Adresse enthält ein ungültiges Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address is too long.</source>
        <translation>Die Adresse ist zu lang.</translation>
    </message>
</context>
<context>
    <name>Tandem::JoinRoomDialog</name>
    <message>
        <location filename="../ui/dialogs/JoinRoomDialog.cpp" line="+35"/>
        <source>&amp;List rooms</source>
        <translation>Räume auf&amp;listen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Join a Group Chat</source>
        <translation>Gruppenchat beitreten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>room@conference.example.org</source>
        <translation>raum@conference.example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room address</source>
        <translation>Raumadresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only if the room has one</source>
        <translation>Nur, falls der Raum eins hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room password</source>
        <translation>Raumpasswort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nickname:</source>
        <translation>&amp;Spitzname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group chat service</source>
        <translation>Gruppenchat-Dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the service&apos;s rooms</source>
        <translation>Die Räume des Dienstes auflisten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Filter rooms</source>
        <translation>Räume filtern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rooms of the service</source>
        <translation>Räume des Dienstes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Browse rooms</source>
        <translation>Räume durchsuchen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Join</source>
        <translation>&amp;Beitreten</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not list the rooms of %1: %2</source>
        <translation>Die Räume von %1 konnten nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 lists no public rooms.</source>
        <translation>%1 führt keine öffentlichen Räume.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n Raum</numerusform>
            <numerusform>%n Räume</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looking for the server&apos;s group chat services…</source>
        <translation>Gruppenchat-Dienste des Servers werden gesucht…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not ask the server for its group chat services: %1</source>
        <translation>Der Server konnte nicht nach seinen Gruppenchat-Diensten gefragt werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server names no group chat service; type one to list its rooms.</source>
        <translation>Der Server nennt keinen Gruppenchat-Dienst; einen eingeben, um seine Räume aufzulisten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Listing the rooms of %1…</source>
        <translation>Räume von %1 werden aufgelistet…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&apos;%1&apos; is not a room address: it needs a name, an @ and a service.</source>
        <translation>&apos;%1&apos; ist keine Raumadresse: Sie braucht einen Namen, ein @ und einen Dienst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a room address: %2</source>
        <translation>&apos;%1&apos; ist keine Raumadresse: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Joining %1…</source>
        <translation>%1 wird betreten…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not join %1: %2</source>
        <translation>%1 konnte nicht betreten werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer from %1 yet; Tandem keeps trying and opens it when it answers.</source>
        <translation>Noch keine Antwort von %1; Tandem versucht es weiter und öffnet den Raum, sobald er antwortet.</translation>
    </message>
</context>
<context>
    <name>Tandem::LegacyBookmarks0048</name>
    <message>
        <location filename="../core/xmpp/LegacyBookmarks0048.cpp" line="+20"/>
        <source>the server did not confirm the bookmark change (XEP-0048)</source>
        <translation>der Server hat die Änderung der Lesezeichen nicht bestätigt (XEP-0048)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server did not send the bookmarks (XEP-0048)</source>
        <translation>der Server hat die Lesezeichen nicht gesendet (XEP-0048)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>disconnected before the bookmarks were saved</source>
        <translation>Verbindung getrennt, bevor die Lesezeichen gespeichert waren</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cannot ask QXmppBookmarkManager for the bookmarks</source>
        <translation>QXmppBookmarkManager kann nicht nach den Lesezeichen gefragt werden</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
</context>
<context>
    <name>Tandem::MessageDelegate</name>
    <message>
        <location filename="../ui/widgets/MessageDelegate.cpp" line="+247"/>
        <source>Loading older messages…</source>
        <translation>Ältere Nachrichten werden geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beginning of the conversation</source>
        <translation>Beginn der Unterhaltung</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>New messages</source>
        <translation>Neue Nachrichten</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
</context>
<context>
    <name>Tandem::MessageLimits</name>
    <message>
        <location filename="../core/storage/MessageLimits.cpp" line="+37"/>
        <source>This message is too long to send (%1; the server takes at most %2). Send it in parts, or as a file.</source>
        <translation>Diese Nachricht ist zu lang zum Senden (%1; der Server nimmt höchstens %2 an). Bitte in Teilen oder als Datei senden.</translation>
    </message>
</context>
<context>
    <name>Tandem::NotificationFeed</name>
    <message>
        <location filename="../core/account/NotificationFeed.cpp" line="+62"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (private, in %2)</source>
        <translation>%1 (privat, in %2)</translation>
    </message>
</context>
<context>
    <name>Tandem::OccupantListModel</name>
    <message>
        <location filename="../core/models/OccupantListModel.cpp" line="+235"/>
        <source>Moderators</source>
        <translation>Moderatoren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visitors</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Others</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>away</source>
        <translation>abwesend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>away for a while</source>
        <translation>länger abwesend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>do not disturb</source>
        <translation>nicht stören</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>free to chat</source>
        <translation>gesprächsbereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (you), %2, %3</source>
        <translation>%1 (Sie), %2, %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>Tandem::OccupantPanel</name>
    <message>
        <location filename="../ui/widgets/OccupantPanel.cpp" line="+30"/>
        <location line="+1"/>
        <source>Filter occupants</source>
        <translation>Teilnehmer filtern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Occupants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Occupants (%1)</source>
        <translation>Teilnehmer (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Occupants (%1 of %2)</source>
        <translation>Teilnehmer (%1 von %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the occupants</source>
        <translation>Teilnehmer ein- oder ausblenden</translation>
    </message>
</context>
<context>
    <name>Tandem::Outbox</name>
    <message numerus="yes">
        <location filename="../core/session/Outbox.cpp" line="+37"/>
        <source>no confirmation after %n attempts</source>
        <translation>
            <numerusform>keine Bestätigung nach %n Versuch</numerusform>
            <numerusform>keine Bestätigung nach %n Versuchen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no delivery receipt within a week</source>
        <translation>keine Zustellbestätigung innerhalb einer Woche</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the server refused it as too large (%1)</source>
        <translation>der Server hat sie als zu groß abgelehnt (%1)</translation>
    </message>
</context>
<context>
    <name>Tandem::PasswordStore</name>
    <message>
        <location filename="../core/profile/PasswordStore.cpp" line="+53"/>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write the password file %1: %2</source>
        <translation>Die Passwortdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the keychain did not answer</source>
        <translation>der Schlüsselbund hat nicht geantwortet</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No system keychain is reachable (%1). The password is stored in %2, readable only by you.</source>
        <translation>Kein System-Schlüsselbund erreichbar (%1). Das Passwort wird in %2 gespeichert, nur für Sie lesbar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot store the password in the system keychain: %1</source>
        <translation>Das Passwort kann nicht im System-Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot read the password file %1: %2</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot read the password from the system keychain: %1</source>
        <translation>Das Passwort kann nicht aus dem System-Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the password: the system keychain did not answer.</source>
        <translation>Das Passwort kann nicht gelesen werden: Der System-Schlüsselbund hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>Tandem::PrivateDirectory</name>
    <message>
        <location filename="../core/profile/PrivateDirectory.cpp" line="+42"/>
        <source>Cannot create the directory %1: %2</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>Tandem::Profile</name>
    <message>
        <location filename="../core/profile/Profile.cpp" line="+82"/>
        <source>Cannot create the profile directory %1.</source>
        <translation>Das Profilverzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The profile %1 is already in use by Tandem (process %2).</source>
        <translation>Das Profil %1 wird bereits von Tandem verwendet (Prozess %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot lock the profile %1: permission denied or read-only.</source>
        <translation>Das Profil %1 kann nicht gesperrt werden: keine Berechtigung oder schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>Tandem::QuickSwitcher</name>
    <message>
        <location filename="../ui/widgets/QuickSwitcher.cpp" line="+26"/>
        <source>Go to Conversation</source>
        <translation>Zu Unterhaltung wechseln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to a conversation or address…</source>
        <translation>Zu einer Unterhaltung oder Adresse wechseln…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation to open</source>
        <translation>Zu öffnende Unterhaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matching conversations</source>
        <translation>Passende Unterhaltungen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Press Enter to start a chat with %1.</source>
        <translation>Eingabetaste drücken, um einen Chat mit %1 zu beginnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conversation matches.</source>
        <translation>Keine Unterhaltung passt.</translation>
    </message>
</context>
<context>
    <name>Tandem::RoomDirectory</name>
    <message>
        <location filename="../core/xmpp/RoomDirectory.cpp" line="+59"/>
        <location line="+47"/>
        <source>The account is not connected.</source>
        <translation>Das Konto ist nicht verbunden.</translation>
    </message>
</context>
<context>
    <name>Tandem::SearchPanel</name>
    <message>
        <location filename="../ui/widgets/SearchPanel.cpp" line="+33"/>
        <location line="+1"/>
        <source>Search messages</source>
        <translation>Nachrichten durchsuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All conversations</source>
        <translation>Alle Unterhaltungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>This conversation</source>
        <translation>Diese Unterhaltung</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Where to search</source>
        <translation>Wo suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No messages found.</source>
        <translation>Keine Nachrichten gefunden.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n most relevant messages.</source>
        <translation>
            <numerusform>Die %n relevanteste Nachricht.</numerusform>
            <numerusform>Die %n relevantesten Nachrichten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) found.</source>
        <translation>
            <numerusform>%n Nachricht gefunden.</numerusform>
            <numerusform>%n Nachrichten gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tandem::SearchResultModel</name>
    <message>
        <location filename="../core/models/SearchResultModel.cpp" line="+61"/>
        <source>No message store.</source>
        <translation>Kein Nachrichtenspeicher.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 in %2, %3: %4</source>
        <translation>%1 in %2, %3: %4</translation>
    </message>
</context>
<context>
    <name>Tandem::StatusText</name>
    <message>
        <location filename="../core/ctl/StatusText.cpp" line="+31"/>
        <location line="+16"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>anchor</source>
        <translation>Anker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sibling</source>
        <translation>Geschwistergerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>solo</source>
        <translation>allein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not joined</source>
        <translation>nicht beigetreten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>joining</source>
        <translation>tritt bei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>joined</source>
        <translation>beigetreten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left</source>
        <translation>verlassen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>left by the account</source>
        <translation>vom Konto verlassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kicked</source>
        <translation>hinausgeworfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>banned</source>
        <translation>verbannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room was destroyed</source>
        <translation>der Raum wurde aufgelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>membership removed</source>
        <translation>Mitgliedschaft entzogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room became members-only</source>
        <translation>der Raum ist jetzt nur für Mitglieder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room service shut down</source>
        <translation>der Raumdienst wurde beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed from the room</source>
        <translation>aus dem Raum entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disconnected</source>
        <translation>Verbindung getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room refused the join</source>
        <translation>der Raum hat den Beitritt abgelehnt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not delivered</source>
        <translation>nicht zugestellt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a password is required, or it is wrong</source>
        <translation>ein Passwort ist erforderlich, oder es ist falsch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room is for members only</source>
        <translation>der Raum ist nur für Mitglieder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you are banned from this room</source>
        <translation>Sie sind aus diesem Raum verbannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the nickname is taken</source>
        <translation>der Spitzname ist bereits vergeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room is full</source>
        <translation>der Raum ist voll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room does not exist or is locked</source>
        <translation>der Raum existiert nicht oder ist gesperrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you may not create rooms on this service</source>
        <translation>auf diesem Dienst dürfen Sie keine Räume anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the nickname is not allowed</source>
        <translation>der Spitzname ist nicht erlaubt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the room&apos;s server cannot be reached</source>
        <translation>der Server des Raums ist nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>Tandem::StorageBanner</name>
    <message>
        <location filename="../ui/widgets/StorageBanner.cpp" line="+29"/>
        <source>Message database problem</source>
        <translation>Problem mit der Nachrichtendatenbank</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tandem stopped writing to the message database because it is damaged. Nothing has been deleted, and what can still be read is shown. Quit Tandem and run “tandem repair”: it keeps the damaged file aside and copies every readable message into a new database.</source>
        <translation>Tandem schreibt nicht mehr in die Nachrichtendatenbank, weil sie beschädigt ist. Nichts wurde gelöscht, und was noch lesbar ist, wird angezeigt. Tandem beenden und „tandem repair“ ausführen: Es legt die beschädigte Datei beiseite und kopiert jede lesbare Nachricht in eine neue Datenbank.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The message database cannot be written to right now. %1 Messages are kept in memory until the database can be written again (%n waiting).</source>
        <translation>
            <numerusform>Die Nachrichtendatenbank kann gerade nicht beschrieben werden. %1 Nachrichten werden im Speicher behalten, bis die Datenbank wieder beschrieben werden kann (%n wartet).</numerusform>
            <numerusform>Die Nachrichtendatenbank kann gerade nicht beschrieben werden. %1 Nachrichten werden im Speicher behalten, bis die Datenbank wieder beschrieben werden kann (%n warten).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tandem::StorageError</name>
    <message>
        <location filename="../core/storage/DatabaseOpener.cpp" line="+27"/>
        <source>Its file “%1” is not writable.</source>
        <translation>Ihre Datei „%1“ ist nicht beschreibbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not writable.</source>
        <translation>Die Datei ist nicht beschreibbar.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The folder does not exist.</source>
        <translation>Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder is not writable.</source>
        <translation>Der Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is not a regular file.</source>
        <translation>Es ist keine reguläre Datei.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Write-ahead logging could not be enabled (journal mode is “%1”).</source>
        <translation>Write-Ahead-Logging konnte nicht aktiviert werden (Journalmodus ist „%1“).</translation>
    </message>
    <message>
        <location filename="../core/storage/IdKey.cpp" line="+174"/>
        <source>The database has no valid message id key (table store_meta).</source>
        <translation>Die Datenbank hat keinen gültigen Schlüssel für Nachrichten-IDs (Tabelle store_meta).</translation>
    </message>
    <message>
        <location filename="../core/storage/MessageNormalization.cpp" line="+96"/>
        <source>A message without account or conversation cannot be stored.</source>
        <translation>Eine Nachricht ohne Konto oder Unterhaltung kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../core/storage/MessageQueries.cpp" line="+162"/>
        <source>Message %1 is not in the archive of %2.</source>
        <translation>Die Nachricht %1 ist nicht im Archiv von %2.</translation>
    </message>
    <message>
        <location filename="../core/storage/Migrations.cpp" line="+87"/>
        <source>Updating the message database to schema version %1 failed; nothing was changed. %2</source>
        <translation>Die Aktualisierung der Nachrichtendatenbank auf Schemaversion %1 ist fehlgeschlagen; es wurde nichts geändert. %2</translation>
    </message>
    <message>
        <location filename="../core/storage/SearchFunctions.cpp" line="+248"/>
        <source>This SQLite library has no full-text search (FTS5).</source>
        <translation>Diese SQLite-Bibliothek bietet keine Volltextsuche (FTS5).</translation>
    </message>
    <message>
        <location filename="../core/storage/SearchQueries.cpp" line="+212"/>
        <source>The search text is too long (at most %1 characters).</source>
        <translation>Der Suchtext ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <location filename="../core/storage/SqliteConnection.cpp" line="+89"/>
        <source>The message database is not open.</source>
        <translation>Die Nachrichtendatenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../core/storage/StorageError.cpp" line="+53"/>
        <source>The message database “%1” is damaged or is not a Tandem database. It has been left untouched.</source>
        <translation>Die Nachrichtendatenbank „%1“ ist beschädigt oder keine Tandem-Datenbank. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message database is damaged.</source>
        <translation>Die Nachrichtendatenbank ist beschädigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message database “%1” is locked by another program (is Tandem already running?).</source>
        <translation>Die Nachrichtendatenbank „%1“ ist durch ein anderes Programm gesperrt (läuft Tandem bereits?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message database is locked by another program.</source>
        <translation>Die Nachrichtendatenbank ist durch ein anderes Programm gesperrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message database “%1” was written by a newer version of Tandem.</source>
        <translation>Die Nachrichtendatenbank „%1“ wurde von einer neueren Tandem-Version geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message database was written by a newer version of Tandem.</source>
        <translation>Die Nachrichtendatenbank wurde von einer neueren Tandem-Version geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk holding the message database “%1” is full.</source>
        <translation>Der Datenträger mit der Nachrichtendatenbank „%1“ ist voll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk holding the message database is full.</source>
        <translation>Der Datenträger mit der Nachrichtendatenbank ist voll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message database “%1” is read-only.</source>
        <translation>Die Nachrichtendatenbank „%1“ ist schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message database is read-only.</source>
        <translation>Die Nachrichtendatenbank ist schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message database “%1” cannot be opened: its folder is missing, or it is not accessible or not writable.</source>
        <translation>Die Nachrichtendatenbank „%1“ kann nicht geöffnet werden: Der zugehörige Ordner fehlt, oder die Datei ist nicht zugänglich oder nicht beschreibbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message database cannot be opened.</source>
        <translation>Die Nachrichtendatenbank kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message database “%1” reported an error.</source>
        <translation>Die Nachrichtendatenbank „%1“ hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message database reported an error.</source>
        <translation>Die Nachrichtendatenbank hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (Details: %2)</source>
        <translation>%1 (Details: %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 Its schema version is %2, but this version of Tandem only knows schema versions up to %3. Please update Tandem; the file has not been changed.</source>
        <translation>%1 Die Schemaversion der Datenbank ist %2, diese Tandem-Version kennt aber nur Schemaversionen bis %3. Bitte Tandem aktualisieren; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The message database “%1” is damaged: some of its pages cannot be read. Tandem has stopped writing to it, so that the damage does not spread; what can still be read is shown. Quit Tandem and run “tandem repair”: it keeps the damaged file aside and copies every readable message into a new database.</source>
        <translation>Die Nachrichtendatenbank „%1“ ist beschädigt: Einige ihrer Seiten können nicht gelesen werden. Tandem schreibt nicht mehr hinein, damit sich der Schaden nicht ausbreitet; was noch lesbar ist, wird angezeigt. Tandem beenden und „tandem repair“ ausführen: Es legt die beschädigte Datei beiseite und kopiert jede lesbare Nachricht in eine neue Datenbank.</translation>
    </message>
</context>
<context>
    <name>Tandem::TimelineModel</name>
    <message numerus="yes">
        <location filename="../core/models/TimelineModelRoles.cpp" line="+24"/>
        <source>(%n more characters not shown; Copy Message Text copies the whole message)</source>
        <translation>
            <numerusform>(%n weiteres Zeichen nicht angezeigt; „Nachrichtentext kopieren“ kopiert die ganze Nachricht)</numerusform>
            <numerusform>(%n weitere Zeichen nicht angezeigt; „Nachrichtentext kopieren“ kopiert die ganze Nachricht)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>Tandem::TimelineView</name>
    <message>
        <location filename="../ui/widgets/TimelineView.cpp" line="+21"/>
        <source>Jump to the latest message</source>
        <translation>Zur neuesten Nachricht springen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Jump to latest</source>
        <translation>Zur neuesten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jump to first unread</source>
        <translation>Zur ersten ungelesenen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jump to the first unread message</source>
        <translation>Zur ersten ungelesenen Nachricht springen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TimelineViewInput.cpp" line="+205"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Message &amp;Text</source>
        <translation>Nachrichten&amp;text kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy &amp;Link Address</source>
        <translation>&amp;Linkadresse kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Link</source>
        <translation>Link ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>Tandem::TrayIcon</name>
    <message>
        <location filename="../ui/widgets/TrayIcon.cpp" line="+16"/>
        <source>Show Tandem</source>
        <translation>Tandem anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Tandem: %n unread message(s)</source>
        <translation>
            <numerusform>Tandem: %n ungelesene Nachricht</numerusform>
            <numerusform>Tandem: %n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
</context>
</TS>
