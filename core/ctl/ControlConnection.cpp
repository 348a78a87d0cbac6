#include "ctl/ControlConnection.h"

#include "common/Logging.h"

#include <QSocketNotifier>
#include <cerrno>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Tandem {

ControlConnection::ControlConnection(
    int descriptor, qint64 maxRequestBytes, int idleTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_fd(descriptor)
    , m_maxRequestBytes(maxRequestBytes)
    , m_readable(new QSocketNotifier(descriptor, QSocketNotifier::Read, this))
    , m_writable(new QSocketNotifier(descriptor, QSocketNotifier::Write, this))
{
    ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    m_writable->setEnabled(false);
    connect(m_readable, &QSocketNotifier::activated, this, &ControlConnection::onReadable);
    connect(m_writable, &QSocketNotifier::activated, this, &ControlConnection::flush);
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        qCInfo(lcCtl) << "closing an idle control connection";
        finish();
    });
    m_idle.start();
}

ControlConnection::~ControlConnection()
{
    ::close(m_fd);
}

void ControlConnection::onReadable()
{
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        if (n < 0) {
            finish();
            return;
        }
        if (n == 0) {
            // End of file: the client may only have shut down its write side, so the answer
            // still goes out on this descriptor.
            m_readable->setEnabled(false);
            if (!m_requested && !m_in.isEmpty())
                takeRequest(m_in.size());
            else if (!m_requested)
                finish();
            return;
        }
        if (m_requested)
            continue; // one request per connection: the rest is read and dropped
        m_in.append(buffer, int(n));
        m_idle.start();
        if (const int newline = m_in.indexOf('\n'); newline >= 0) {
            takeRequest(newline);
            if (m_finished)
                return;
        } else if (m_in.size() > m_maxRequestBytes) {
            qCWarning(lcCtl) << "dropping a control connection: request longer than" << m_maxRequestBytes;
            finish();
            return;
        }
    }
}

void ControlConnection::takeRequest(int length)
{
    m_requested = true;
    m_idle.stop(); // the answer may take a while (a database query): the client is not idle
    const QByteArray line = m_in.left(length);
    m_in.clear();
    emit requestReceived(line);
}

void ControlConnection::answer(const QByteArray &line)
{
    if (m_finished)
        return;
    m_out = line + '\n';
    flush();
}

void ControlConnection::flush()
{
    while (!m_out.isEmpty()) {
        const ssize_t n = ::send(m_fd, m_out.constData(), size_t(m_out.size()), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            m_writable->setEnabled(true);
            return;
        }
        if (n < 0) {
            finish(); // the client is gone
            return;
        }
        m_out.remove(0, int(n));
    }
    ::shutdown(m_fd, SHUT_WR);
    finish();
}

void ControlConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_idle.stop();
    m_readable->setEnabled(false);
    m_writable->setEnabled(false);
    // Whatever the client sent past its request is read before closing: closing a local socket
    // with unread data makes the client's next read fail, before it may have read the answer.
    char buffer[4096];
    for (int i = 0; i < 16 && ::read(m_fd, buffer, sizeof buffer) > 0; ++i) { }
    emit finished();
    deleteLater();
}

} // namespace Tandem
