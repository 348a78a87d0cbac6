#pragma once

#include <QDomElement>
#include <QString>
#include <QTimer>
#include <QXmppClientExtension.h>

class QXmppClient;
class QXmppOutgoingClient;

namespace Tandem {

/// XEP-0198 stream resumption for a QXmppClient of QXmpp 1.4.
///
/// Why this exists: after a dropped connection, resuming the server-side session keeps what
/// it held (stanzas queued while we were away arrive exactly once, carbons, room presence)
/// and skips binding a new session. QXmpp 1.4 cannot do it: QXmppStreamManagementEnabled
/// never reads the `id` the server gives, QXmppStreamManagementResume writes no namespace
/// (Prosody closes the stream: unsupported-stanza-type), and after <resumed/> QXmpp never
/// marks the session started, so isConnected() stays false. Upstream fixed this in QXmpp
/// 1.6.1/1.7 (commit e60da52a) and 1.10 (commit b58c517e).
///
/// How: this extension is inserted in front of all others, so it sees every top-level element
/// before QXmpp handles it. It remembers the id from <enabled/>; on the post-authentication
/// <stream:features/> it sends a correct <resume/> (h = QXmpp's inbound counter) and hides
/// the features from QXmpp, which therefore neither binds nor sends its own broken <resume/>.
/// On <resumed/> it makes QXmpp mark the session started, then lets QXmpp handle <resumed/>
/// as usual (acknowledge, resend what the server did not get, emit connected() with
/// streamManagementState() == ResumedStream). On <failed/>, on an unexpected situation or
/// when no answer comes within answerTimeoutMs, it forgets the id and a fresh session
/// follows: bound on the same stream after <failed/>, or after a reconnect otherwise. A
/// login never waits for resumption longer than the timeout.
///
/// Requirement on the owner: call QXmppClient::disconnectFromServer() before reconnecting a
/// dropped client (Account does). That clears QXmpp's own "can resume" flag, which would
/// otherwise make it send the broken <resume/> whenever this class does not resume.
///
/// Remove this class when the stack moves to QXmpp >= 1.10, whose own resumption works
/// (there the owner no longer needs the disconnectFromServer() either).
class StreamResumption : public QXmppClientExtension
{
    Q_OBJECT
public:
    /// Creates the extension and inserts it as the first extension of \a client, which owns it.
    static StreamResumption *install(QXmppClient *client);

    /// Whether the server offered resumption for the current (or last) session.
    bool canResume() const { return !m_id.isEmpty(); }
    /// Never resume the current session: a deliberate logout, another account.
    void forget();

    /// How long to wait for the server's answer to <resume/> before starting afresh.
    int answerTimeoutMs() const { return m_answerTimer.interval(); }
    void setAnswerTimeoutMs(int ms) { m_answerTimer.setInterval(ms); }

    bool handleStanza(const QDomElement &element) override;

Q_SIGNALS:
    /// The server refused to resume (\a condition, e.g. "item-not-found"), or did not answer
    /// (\a condition "timeout"); a fresh session follows.
    void resumeFailed(const QString &condition);

protected:
    void setClient(QXmppClient *client) override;

private:
    StreamResumption();

    QXmppOutgoingClient *stream();
    bool handleEnabled(const QDomElement &enabled);
    bool handleFeatures(const QDomElement &features);
    bool handleResumed();
    bool handleFailed(const QDomElement &failed);
    void handleTimeout();
    void startAfresh();
    QString who();

    QString m_id; ///< the server's resumption id (SM-ID), empty when we cannot resume
    QString m_jid; ///< full JID of the session that m_id belongs to
    QDomElement m_features; ///< the features hidden from QXmpp while our <resume/> is pending
    QTimer m_answerTimer;
    bool m_pending = false; ///< our <resume/> is waiting for <resumed/> or <failed/>
    bool m_replaying = false; ///< feeding QXmpp an element ourselves: do not intercept it
};

} // namespace Tandem
