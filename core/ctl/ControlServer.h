#pragma once

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <functional>

namespace Tandem {

class ControlConnection;

/// The local socket on which `tandem ctl` reaches the running instance. One JSON object per
/// line each way: {"command": "...", "args": {...}} → {"ok": true, "result": ...} or
/// {"ok": false, "error": "..."}. Only the same OS user can connect: the socket lives in a
/// PrivateDirectory, is mode 0700, and a peer of another uid (SO_PEERCRED) is refused.
/// Connections are bounded: one request each, an idle timeout, and a cap on how many at once.
class ControlServer : public QObject
{
    Q_OBJECT
public:
    using Reply = std::function<void(const QJsonObject &response)>;
    using Handler = std::function<void(const QJsonObject &request, Reply reply)>;

    static constexpr int defaultIdleTimeoutMs = 30000;
    static constexpr int defaultMaxConnections = 16;

    explicit ControlServer(const QString &socketPath, QObject *parent = nullptr);
    ~ControlServer() override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    /// A connection without a complete request after this long is closed.
    void setIdleTimeout(int ms) { m_idleTimeoutMs = ms; }
    /// At most this many connections at once; one more is answered with an error and closed.
    void setMaxConnections(int count) { m_maxConnections = count; }
    int connectionCount() const { return int(m_connections.size()); }

    /// The caller must hold the profile lock: a socket file left by a crashed instance is
    /// removed, which would be wrong if another instance were alive. Creates the socket's
    /// directory (0700) if missing, and refuses one that is not the user's own.
    bool listen(QString *error);
    void close();
    QString socketPath() const { return m_socketPath; }

    static QJsonObject success(const QJsonValue &result);
    static QJsonObject failure(const QString &error);

private:
    class Listener;
    void onIncoming(quintptr descriptor);
    void onRequest(ControlConnection *connection, const QByteArray &line);

    QString m_socketPath;
    Listener *m_server;
    Handler m_handler;
    QSet<ControlConnection *> m_connections;
    int m_idleTimeoutMs = defaultIdleTimeoutMs;
    int m_maxConnections = defaultMaxConnections;
};

} // namespace Tandem
