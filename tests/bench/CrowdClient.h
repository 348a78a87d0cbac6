// A deliberately minimal XMPP client for filling rooms with occupants: STARTTLS, SASL PLAIN,
// resource binding, then MUC join presences. It parses nothing it receives after binding (it
// only counts its own join confirmations), so hundreds of them cost the benchmark almost no CPU.
#pragma once

#include <QObject>
#include <QSslSocket>
#include <QStringList>

namespace Tandem::Test {
class ProsodyFixture;
}

namespace Tandem::Bench {

class CrowdClient : public QObject
{
    Q_OBJECT
public:
    CrowdClient(const Test::ProsodyFixture &server, const QString &user, const QString &password,
        const QString &resource, QObject *parent = nullptr);

    void start();
    /// After isBound(): joins each room as `nick` (no history).
    void join(const QStringList &rooms, const QString &nick);
    /// Closes the stream (the server then removes us from every room).
    void stop();

    bool isBound() const { return m_step == Step::Bound; }
    bool hasFailed() const { return m_step == Step::Failed; }
    QString error() const { return m_error; }
    /// Self-presences (status 110) received: rooms joined, or a nick change.
    int joinedCount() const { return m_selfPresences; }
    qint64 receivedBytes() const { return m_received; }

private:
    enum class Step {
        Idle,
        Features,
        Proceed,
        Encrypting,
        TlsFeatures,
        Auth,
        BindFeatures,
        Bind,
        Bound,
        Failed
    };
    void onReadyRead();
    void sendHeader();
    void fail(const QString &why);

    QSslSocket m_socket;
    QString m_host;
    quint16 m_port;
    QString m_domain;
    QString m_user;
    QString m_password;
    QString m_resource;
    Step m_step = Step::Idle;
    QByteArray m_buffer;
    QByteArray m_tail; ///< end of the previous chunk, for matches across chunk borders
    int m_selfPresences = 0;
    qint64 m_received = 0;
    QString m_error;
    bool m_stopping = false;
};

} // namespace Tandem::Bench
