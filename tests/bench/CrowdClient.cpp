#include "CrowdClient.h"

#include "BenchSupport.h"
#include "ProsodyFixture.h"

#include <QSslCertificate>
#include <QSslConfiguration>

namespace Tandem::Bench {

namespace {
const QByteArray selfCode = "code='110'";
} // namespace

CrowdClient::CrowdClient(const Test::ProsodyFixture &server, const QString &user, const QString &password,
    const QString &resource, QObject *parent)
    : QObject(parent)
    , m_host(server.host())
    , m_port(server.port())
    , m_domain(server.domain())
    , m_user(user)
    , m_password(password)
    , m_resource(resource)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(server.caFile()));
    m_socket.setSslConfiguration(tls);
    m_socket.setPeerVerifyName(server.domain());
    connect(&m_socket, &QSslSocket::connected, this, [this] {
        m_step = Step::Features;
        sendHeader();
    });
    connect(&m_socket, &QSslSocket::encrypted, this, [this] {
        m_step = Step::TlsFeatures;
        sendHeader();
    });
    connect(&m_socket, &QSslSocket::readyRead, this, &CrowdClient::onReadyRead);
    connect(&m_socket, &QSslSocket::disconnected, this, [this] {
        if (!m_stopping)
            fail(QStringLiteral("disconnected"));
    });
    connect(&m_socket, qOverload<const QList<QSslError> &>(&QSslSocket::sslErrors), this,
        [this](const QList<QSslError> &errors) {
            fail(QStringLiteral("TLS: ") + (errors.isEmpty() ? QString() : errors.first().errorString()));
        });
}

void CrowdClient::start()
{
    m_socket.connectToHost(m_host, m_port);
}

void CrowdClient::stop()
{
    m_stopping = true;
    if (m_socket.state() == QAbstractSocket::ConnectedState) {
        m_socket.write("</stream:stream>");
        m_socket.disconnectFromHost();
    }
}

void CrowdClient::sendHeader()
{
    m_buffer.clear();
    m_socket.write("<?xml version='1.0'?><stream:stream to='" + m_domain.toUtf8()
        + "' version='1.0' xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>");
}

void CrowdClient::fail(const QString &why)
{
    if (m_step == Step::Failed)
        return;
    m_step = Step::Failed;
    m_error = why;
    m_socket.abort();
}

void CrowdClient::join(const QStringList &rooms, const QString &nick)
{
    for (const QString &room : rooms)
        m_socket.write(joinPresenceXml(room, nick));
}

void CrowdClient::onReadyRead()
{
    const QByteArray data = m_socket.readAll();
    m_received += data.size();
    if (m_step == Step::Bound) {
        // Only count our join confirmations; everything else (the other occupants) is dropped.
        const QByteArray text = m_tail + data;
        for (int at = text.indexOf(selfCode); at >= 0; at = text.indexOf(selfCode, at + 1))
            ++m_selfPresences;
        m_tail = text.right(selfCode.size() - 1);
        return;
    }
    m_buffer += data;
    switch (m_step) {
    case Step::Features:
        if (m_buffer.contains("</stream:features>")) {
            m_buffer.clear();
            m_step = Step::Proceed;
            m_socket.write("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
        }
        break;
    case Step::Proceed:
        if (m_buffer.contains("<proceed")) {
            m_buffer.clear();
            m_step = Step::Encrypting;
            m_socket.startClientEncryption();
        } else if (m_buffer.contains("<failure")) {
            fail(QStringLiteral("STARTTLS refused"));
        }
        break;
    case Step::TlsFeatures:
        if (m_buffer.contains("</stream:features>")) {
            m_buffer.clear();
            m_step = Step::Auth;
            const QByteArray plain
                = QByteArray(1, '\0') + m_user.toUtf8() + QByteArray(1, '\0') + m_password.toUtf8();
            m_socket.write("<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>"
                + plain.toBase64() + "</auth>");
        }
        break;
    case Step::Auth:
        if (m_buffer.contains("<success")) {
            m_step = Step::BindFeatures;
            sendHeader();
        } else if (m_buffer.contains("<failure")) {
            fail(QStringLiteral("authentication failed: ") + QString::fromUtf8(m_buffer));
        }
        break;
    case Step::BindFeatures:
        if (m_buffer.contains("</stream:features>")) {
            m_buffer.clear();
            m_step = Step::Bind;
            m_socket.write(
                "<iq type='set' id='bind1'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'><resource>"
                + m_resource.toUtf8() + "</resource></bind></iq>");
        }
        break;
    case Step::Bind:
        if (m_buffer.contains("</iq>")) {
            if (m_buffer.contains("type='result'")) {
                m_buffer.clear();
                m_step = Step::Bound;
            } else {
                fail(QStringLiteral("bind failed: ") + QString::fromUtf8(m_buffer));
            }
        }
        break;
    default:
        break;
    }
}

} // namespace Tandem::Bench
