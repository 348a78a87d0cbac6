// XMPP peers of the benchmarks: a quiet Prosody, plain QXmpp clients and rooms, a counter of
// received traffic, and Tandem devices inside the benchmark's process.
#pragma once

#include "ProsodyFixture.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QXmppClientExtension.h>
#include <QXmppConfiguration.h>
#include <QXmppLogger.h>
#include <functional>
#include <memory>

class QXmppClient;

namespace Tandem {
class Account;
class Database;
class MessageStore;
class PasswordStore;
} // namespace Tandem

namespace Tandem::Bench {

// ---------------------------------------------------------------------------------------------
// Server and plain clients

/// A Prosody from the test fixture with the given users (password "pw-USER"), logging at info
/// level instead of the fixture's debug level: a debug log of every stanza would dominate the
/// server's CPU time and so every figure. `noNagle` sets TCP_NODELAY on the server's sockets
/// (Prosody's default keeps Nagle's algorithm on). Null on failure, with the reason in `error`.
std::unique_ptr<Test::ProsodyFixture> startServer(
    const QStringList &users, QString *error, bool noNagle = false);
/// TCP_NODELAY on the socket of a connected QXmppClient (QXmpp 1.4 leaves Nagle on).
void disableNagle(QXmppClient &client);

QString passwordOf(const QString &user);
QXmppConfiguration plainConfig(
    const Test::ProsodyFixture &server, const QString &user, const QString &resource);
/// Connects a plain QXmppClient and waits (bounded) until it is bound.
bool connectPlain(QXmppClient &client, const Test::ProsodyFixture &server, const QString &user,
    const QString &resource, int timeoutMs = 20000);

/// A MUC join presence without history replay (`<history maxstanzas='0'/>`).
QByteArray joinPresenceXml(const QString &room, const QString &nick);
/// Joins (creating if needed) `room` as `nick` and configures a new room as an instant room, so
/// that others may enter. Waits for the self-presence and the owner's form result.
bool createRoom(QXmppClient &owner, const QString &room, const QString &nick, int timeoutMs = 15000);

// ---------------------------------------------------------------------------------------------
// Received traffic

/// Counts what one QXmppClient receives, from its QXmppLogger: XML bytes as read after TLS
/// (TLS records and TCP/IP headers not included), and per top-level element its exact size,
/// whether it is a stanza, and whether it is room traffic (from a MUC JID, or a Tandem relay).
/// Attach before connecting.
class TrafficCounter : public QObject
{
    Q_OBJECT
public:
    TrafficCounter(QXmppClient *client, const QString &mucDomain);

    void reset();
    qint64 bytes() const { return m_bytes; }
    /// message, presence and iq elements (not stream management or stream features).
    int stanzas() const { return m_stanzas; }
    int roomStanzas() const { return m_roomStanzas; }
    qint64 roomBytes() const { return m_roomBytes; }
    int relays() const { return m_relays; }
    double lastActivityMs() const { return m_lastActivity; }

private:
    void received(const QString &text);

    QString m_mucDomain;
    qint64 m_bytes = 0;
    int m_stanzas = 0;
    int m_roomStanzas = 0;
    qint64 m_roomBytes = 0;
    int m_relays = 0;
    double m_lastActivity = 0;
};

/// Calls `seen(bodyText, stanza)` for each received stanza that carries a `<body/>` anywhere
/// (a room message, or a relay's inner message), before any other extension handles it.
class BodyTap : public QXmppClientExtension
{
    Q_OBJECT
public:
    explicit BodyTap(std::function<void(const QString &body)> seen)
        : m_seen(std::move(seen))
    { }
    bool handleStanza(const QDomElement &stanza) override;

private:
    std::function<void(const QString &)> m_seen;
};

// ---------------------------------------------------------------------------------------------
// In-process Tandem devices

/// One Tandem device of an account inside the benchmark's process: its own SQLite file, message
/// store and Account (like a separate profile). Set the TANDEM_* election variables before
/// constructing: the Account reads them then.
class InProcessDevice
{
public:
    InProcessDevice(const Test::ProsodyFixture &server, const QString &user, const QString &resource,
        bool alwaysOn, const QString &dir);
    ~InProcessDevice();

    /// Opens the database (bounded wait).
    bool open(QString *error);
    void start();
    bool waitOnline(int timeoutMs = 20000);
    Account *account() const { return m_account.get(); }
    MessageStore *store() const { return m_store.get(); }
    /// Stored messages of `conversation` (bounded wait; -1 on failure).
    qint64 storedCount(const QString &conversation);

private:
    QString m_dir;
    QString m_password;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MessageStore> m_store;
    std::unique_ptr<PasswordStore> m_passwords;
    std::unique_ptr<Account> m_account;
};

/// Role of an in-process device as `ctl status` names it ("anchor", "sibling", "solo", ...).
QString roleName(const Account &account);
/// Rooms of `account` in state Joined (held or mirrored).
int joinedRooms(const Account &account, const QStringList &rooms);

/// Sets the election timers for devices created from now on (in-process: this process; child
/// processes inherit them). Values <= 0 remove the variable (production default).
struct ElectionTimers
{
    int holdDownMs = 1500;
    int settleMs = 500;
    int pingMs = 1000;
    int pingTimeoutMs = 1500;
    /// The values tst_account_rooms uses.
    static ElectionTimers test() { return {}; }
    /// Nothing set: the built-in defaults (hold-down 30 s, settle 3 s, ping 15 s, timeout 10 s).
    static ElectionTimers production() { return { 0, 0, 0, 0 }; }
    void apply() const;
    QString describe() const;
};

} // namespace Tandem::Bench
