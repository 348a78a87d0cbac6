#include "RoomArchiveFixture.h"

#include "XmppTestClient.h"
#include "rooms/RoomCursor.h"

#include <QSignalSpy>
#include <QXmppDataForm.h>
#include <QXmppMucIq.h>
#include <QXmppUtils.h>

#include <optional>

namespace Tandem::Test {

void RoomArchiveFixture::startServer(int messages)
{
    m_createdAt = QDateTime::currentDateTimeUtc();
    m_server = std::make_unique<ProsodyFixture>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY2(registerUsers(*m_server, { QStringLiteral("alice"), QStringLiteral("bob") }, &error),
        qPrintable(error));

    m_bob = std::make_unique<QXmppClient>();
    m_bobMuc = connectMucClient(*m_bob, *m_server, QStringLiteral("bob"), QStringLiteral("phone"));
    QVERIFY(m_bobMuc);

    m_room = QStringLiteral("archive@") + m_server->mucDomain();
    m_bobRoom = m_bobMuc->addRoom(m_room);
    m_bobRoom->setNickName(QStringLiteral("bob"));
    QSignalSpy joined(m_bobRoom, &QXmppMucRoom::joined);
    m_bobRoom->join();
    QVERIFY(joined.wait(10000));
    QXmppMucOwnerIq unlock; // accept the default configuration: an instant room
    unlock.setType(QXmppIq::Set);
    unlock.setTo(m_room);
    QXmppDataForm form;
    form.setType(QXmppDataForm::Submit);
    unlock.setForm(form);
    m_bob->sendPacket(unlock);
    QTest::qWait(300);

    QObject::connect(m_bobRoom, &QXmppMucRoom::messageReceived, m_bob.get(), [this](const QXmppMessage &m) {
        if (!m.body().isEmpty())
            m_reflections.append(m);
    });
    for (int i = 1; i <= messages; ++i)
        bobSays(QStringLiteral("msg %1").arg(i), QStringLiteral("o-%1").arg(i));
    waitForBob(messages);
}

void RoomArchiveFixture::bobSays(const QString &body, const QString &originId)
{
    QXmppMessage m;
    m.setTo(m_room);
    m.setType(QXmppMessage::GroupChat);
    m.setId(QXmppUtils::generateStanzaUuid());
    m.setOriginId(originId);
    m.setBody(body);
    QVERIFY(m_bob->sendPacket(m));
}

void RoomArchiveFixture::waitForBob(int total)
{
    QTRY_COMPARE_WITH_TIMEOUT(m_reflections.size(), total, 20000);
    m_ids.clear();
    for (const QXmppMessage &m : qAsConst(m_reflections)) {
        QCOMPARE(m.stanzaIdBy(), m_room);
        QVERIFY(!m.stanzaId().isEmpty());
        m_ids << m.stanzaId();
    }
}

void RoomArchiveFixture::openAlice()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>();
    QSignalSpy opened(m_database.get(), &Database::opened);
    m_database->open(m_dir->path() + QStringLiteral("/tandem.db"));
    QVERIFY(opened.wait(10000));
    m_store = std::make_unique<MessageStore>(m_database.get());

    m_alice = std::make_unique<QXmppClient>();
    m_events = std::make_unique<MessageEvents>(QStringLiteral("alice@localhost"), m_store.get());
    m_archive = new RoomArchive(m_events.get());
    m_alice->addExtension(m_archive);
    m_newMessages = std::make_unique<QSignalSpy>(m_events.get(), &MessageEvents::historyAdded);
    QVERIFY(connectClient(*m_alice, *m_server, QStringLiteral("alice"), QStringLiteral("home")));
}

void RoomArchiveFixture::closeAlice()
{
    m_newMessages.reset();
    if (m_alice)
        m_alice->disconnectFromServer();
    m_alice.reset();
    m_events.reset();
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

RoomArchiveFixture::FetchResult RoomArchiveFixture::fetch(
    const QString &room, const QString &afterId, const QDateTime &afterTime)
{
    std::optional<FetchResult> result;
    int calls = 0;
    m_archive->fetchSince(room, afterId, afterTime, QStringLiteral("alice"), [&](const FetchResult &r) {
        result = r;
        ++calls;
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return FetchResult { -1, -1, false, QStringLiteral("test: no answer"), 0, Mode::AfterId };
    QTest::qWait(20); // the callback runs once
    if (calls != 1)
        return FetchResult { -1, -1, false, QStringLiteral("test: done called %1 times").arg(calls), 0,
            Mode::AfterId };
    return *result;
}

QVector<Message> RoomArchiveFixture::history(const QString &room)
{
    QVector<Message> result;
    bool done = false;
    m_store->history(QStringLiteral("alice@localhost"), room, 1000, HistoryCursor(), m_alice.get(),
        [&](const QVector<Message> &messages, const StorageError &) {
            result = messages;
            done = true;
        });
    (void)QTest::qWaitFor([&] { return done; }, 10000);
    return result;
}

CatchUpCursor RoomArchiveFixture::cursor(const QString &room)
{
    CatchUpCursor result;
    bool done = false;
    RoomCursor::read(
        m_store.get(), QStringLiteral("alice@localhost"), room, m_alice.get(), [&](const CatchUpCursor &c) {
            result = c;
            done = true;
        });
    (void)QTest::qWaitFor([&] { return done; }, 10000);
    return result;
}

QStringList RoomArchiveFixture::bodies(const QVector<Message> &messages) const
{
    QStringList list;
    for (const Message &m : messages)
        list << m.body;
    return list;
}

QStringList RoomArchiveFixture::expectedBodies(int from, int to) const
{
    QStringList list;
    for (int i = from; i <= to; ++i)
        list << QStringLiteral("msg %1").arg(i);
    return list;
}

} // namespace Tandem::Test
