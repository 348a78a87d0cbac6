#include "session/ConnectionError.h"

#include <gtest/gtest.h>

using Tandem::ConnectionError;

namespace {
ConnectionError classify(QXmppClient::Error e, QAbstractSocket::SocketError s,
    QXmppStanza::Error::Condition c = QXmppStanza::Error::UndefinedCondition, bool wasConnected = false)
{
    return ConnectionError::classify(e, s, c, wasConnected, {});
}
} // namespace

TEST(ConnectionError, WrongPasswordIsFatalAndDistinct)
{
    const auto e = classify(
        QXmppClient::XmppStreamError, QAbstractSocket::UnknownSocketError, QXmppStanza::Error::NotAuthorized);
    EXPECT_EQ(e.kind(), ConnectionError::AuthenticationFailed);
    EXPECT_TRUE(e.isFatal());
    EXPECT_EQ(e.code().toStdString(), "authentication-failed");
    EXPECT_TRUE(e.message().contains(QStringLiteral("Authentication failed")));
}

TEST(ConnectionError, EachNetworkFailureHasItsOwnKind)
{
    EXPECT_EQ(classify(QXmppClient::SocketError, QAbstractSocket::HostNotFoundError).kind(),
        ConnectionError::HostNotFound);
    EXPECT_EQ(classify(QXmppClient::SocketError, QAbstractSocket::ConnectionRefusedError).kind(),
        ConnectionError::ConnectionRefused);
    EXPECT_EQ(classify(QXmppClient::SocketError, QAbstractSocket::SslHandshakeFailedError).kind(),
        ConnectionError::TlsFailed);
    EXPECT_EQ(classify(QXmppClient::SocketError, QAbstractSocket::NetworkError).kind(),
        ConnectionError::HostUnreachable);
    EXPECT_EQ(classify(QXmppClient::SocketError, QAbstractSocket::RemoteHostClosedError, {}, true).kind(),
        ConnectionError::ConnectionLost);
    EXPECT_EQ(classify(QXmppClient::KeepAliveError, QAbstractSocket::UnknownSocketError).kind(),
        ConnectionError::ConnectionLost);
}

TEST(ConnectionError, TransientFailuresAreRetried)
{
    for (auto s : { QAbstractSocket::HostNotFoundError, QAbstractSocket::ConnectionRefusedError,
             QAbstractSocket::NetworkError, QAbstractSocket::RemoteHostClosedError })
        EXPECT_FALSE(classify(QXmppClient::SocketError, s).isFatal()) << int(s);
}

TEST(ConnectionError, MessagesAreDistinct)
{
    QSet<QString> messages;
    QSet<QString> codes;
    for (int k = ConnectionError::AuthenticationFailed; k <= ConnectionError::CertificateUntrusted; ++k) {
        const ConnectionError e { static_cast<ConnectionError::Kind>(k) };
        EXPECT_FALSE(e.message().isEmpty());
        messages.insert(e.message());
        codes.insert(e.code());
    }
    EXPECT_EQ(messages.size(), ConnectionError::CertificateUntrusted);
    EXPECT_EQ(codes.size(), ConnectionError::CertificateUntrusted);
}

TEST(ConnectionError, AServerWithoutEncryptionIsFatalATimeoutIsRetried)
{
    const ConnectionError noTls(ConnectionError::TlsUnavailable);
    EXPECT_TRUE(noTls.isFatal());
    EXPECT_EQ(noTls.code().toStdString(), "tls-unavailable");
    EXPECT_TRUE(noTls.message().contains(QStringLiteral("does not offer encryption")));
    const ConnectionError timeout(ConnectionError::ConnectTimeout);
    EXPECT_FALSE(timeout.isFatal());
    EXPECT_EQ(timeout.code().toStdString(), "connect-timeout");
}

TEST(ConnectionError, AnUntrustedCertificateCarriesItsFingerprint)
{
    const auto e
        = ConnectionError::untrustedCertificate(QStringLiteral("AB:CD"), QStringLiteral("self-signed"));
    EXPECT_EQ(e.kind(), ConnectionError::CertificateUntrusted);
    EXPECT_TRUE(e.isFatal());
    EXPECT_EQ(e.code().toStdString(), "certificate-untrusted");
    EXPECT_EQ(e.certificateFingerprint().toStdString(), "AB:CD");
    EXPECT_TRUE(e.message().contains(QStringLiteral("AB:CD")));
    EXPECT_TRUE(ConnectionError(ConnectionError::TlsFailed).certificateFingerprint().isEmpty());
}
