#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QSocketNotifier;

namespace Tandem {

/// One accepted client of the ControlServer, on its socket descriptor: reads one request line,
/// writes the answer and closes. It works on the descriptor rather than a QLocalSocket so that a
/// client that shut down its write side after its request (end of file) still gets the answer.
/// A client that sends no complete request within the idle timeout, or more than the request
/// limit, is dropped.
class ControlConnection : public QObject
{
    Q_OBJECT
public:
    /// Takes ownership of \a descriptor (made non-blocking here).
    ControlConnection(int descriptor, qint64 maxRequestBytes, int idleTimeoutMs, QObject *parent = nullptr);
    ~ControlConnection() override;

    /// Sends \a line and a newline, then closes. Ignored once finished.
    void answer(const QByteArray &line);

Q_SIGNALS:
    /// The request line, newline removed (also an unterminated last line before end of file).
    void requestReceived(const QByteArray &line);
    /// Answered, idle, too long, or the client left; the object deletes itself afterwards.
    void finished();

private:
    void onReadable();
    void flush();
    void takeRequest(int length);
    void finish();

    int m_fd;
    qint64 m_maxRequestBytes;
    QSocketNotifier *m_readable;
    QSocketNotifier *m_writable;
    QTimer m_idle;
    QByteArray m_in;
    QByteArray m_out;
    bool m_requested = false;
    bool m_finished = false;
};

} // namespace Tandem
