// A message too long for the server is refused before it is stored or sent, in words, whatever
// path it takes (a chat, a room, a correction), and one within the limit goes as usual.
#include "OfflineAccount.h"
#include "rooms/RoomService.h"
#include "storage/MessageLimits.h"

#include <QSignalSpy>
#include <QTest>

using namespace Tandem;

class TestMessageLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusalSaysHowLong();
    void aTooLongMessageIsNeitherStoredNorSent();
};

void TestMessageLimits::refusalSaysHowLong()
{
    QVERIFY(MessageLimits::refusal(QStringLiteral("hello")).isEmpty());
    QVERIFY(MessageLimits::refusal(QString(MessageLimits::defaultMaxBodyBytes, QLatin1Char('x'))).isEmpty());
    const QString tooLong
        = MessageLimits::refusal(QString(MessageLimits::defaultMaxBodyBytes + 1, QLatin1Char('x')));
    QVERIFY(tooLong.contains(QStringLiteral("too long")));
    // Counted in UTF-8 bytes, as the server counts: 70,000 "é" are 140,000 bytes, 2 each.
    QVERIFY(MessageLimits::refusal(QString(70000, QChar(0x00e9))).isEmpty());
    QVERIFY(!MessageLimits::refusal(QString(110000, QChar(0x00e9))).isEmpty());
    qputenv("TANDEM_MAX_BODY_BYTES", "10");
    QVERIFY(!MessageLimits::refusal(QStringLiteral("eleven char")).isEmpty());
    qunsetenv("TANDEM_MAX_BODY_BYTES");
}

void TestMessageLimits::aTooLongMessageIsNeitherStoredNorSent()
{
    Test::OfflineAccount alice;
    QVERIFY(alice.isOpen);
    const QString bob = QStringLiteral("bob@localhost");
    QSignalSpy added(alice.account->messageEvents(), &MessageEvents::messageAdded);
    QString chatError;
    bool answered = false;
    alice.account->sendMessage(
        bob, QStringLiteral("x").repeated(300 * 1024), [&](const Message &, const StorageError &error) {
            chatError = error.message();
            answered = true;
        });
    QTRY_VERIFY(answered);
    QVERIFY2(chatError.contains(QStringLiteral("too long")), qPrintable(chatError));

    QString roomError;
    answered = false;
    alice.account->rooms()->sendMessage(QStringLiteral("tea@conference.localhost"),
        QStringLiteral("y").repeated(300 * 1024), [&](const Message &, const StorageError &error) {
            roomError = error.message();
            answered = true;
        });
    QTRY_VERIFY(answered);
    QVERIFY2(roomError.contains(QStringLiteral("too long")), qPrintable(roomError));

    // Nothing of either was kept to be sent again; a short one after them goes as usual.
    QVERIFY(alice.send(bob, QStringLiteral("short")));
    QTRY_COMPARE(added.size(), 1);
    QVector<Message> history;
    bool read = false;
    alice.store.history(
        alice.config.jid, bob, 10, {}, this, [&](const QVector<Message> &page, const StorageError &) {
            history = page;
            read = true;
        });
    QTRY_VERIFY(read);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().body, QStringLiteral("short"));
}

QTEST_GUILESS_MAIN(TestMessageLimits)
#include "tst_message_limits.moc"
