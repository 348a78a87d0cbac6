#include "ScreenshotScene.h"

#include "WindowProfile.h"
#include "XmppTestClient.h"
#include "account/Account.h"
#include "account/Instance.h"
#include "profile/PasswordStore.h"
#include "profile/Profile.h"
#include "rooms/RoomService.h"
#include "storage/Database.h"
#include "storage/MessageEvents.h"
#include "storage/MessageStore.h"
#include "xmpp/RoomMirror.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QXmppMessage.h>
#include <QXmppMucManager.h>

#include <memory>

namespace Tandem::Test {

namespace {
const QString roomName = QStringLiteral("tandem-dev");

/// What the people say, in order: (speaker, text). Alice's lines are sent from her account.
const QVector<QPair<QString, QString>> roomLines = {
    { QStringLiteral("bob"), QStringLiteral("Morning! Did the failover test pass overnight?") },
    { QStringLiteral("carol"), QStringLiteral("It did: 3,000 seeds, no message lost.") },
    { QStringLiteral("carol"), QStringLiteral("The anchor handed the room over in under a second.") },
    { QStringLiteral("alice"),
        QStringLiteral("Great. I'm on the laptop today, the desktop keeps the room.") },
    { QStringLiteral("dave"), QStringLiteral("So we only see you once in the occupant list now?") },
    { QStringLiteral("alice"), QStringLiteral("Once per account, however many devices I open.") },
    { QStringLiteral("bob"), QStringLiteral("alice: can you review the packaging branch later?") },
};
const QStringList chatLines = {
    QStringLiteral("Are you coming to the release meeting?"),
    QStringLiteral("I'll bring the screenshots."),
};

bool fail(QString *error, const QString &what)
{
    if (error)
        *error = what;
    return false;
}
} // namespace

ScreenshotScene::ScreenshotScene() = default;

ScreenshotScene::~ScreenshotScene()
{
    m_instance.reset();
    for (QXmppClient *client : qAsConst(m_people)) {
        client->disconnectFromServer();
        delete client;
    }
    if (m_anchor)
        m_anchor->stop();
}

QString ScreenshotScene::room() const
{
    return roomName + QLatin1Char('@') + m_server.mucDomain();
}

QString ScreenshotScene::peer() const
{
    return QStringLiteral("bob@") + m_server.domain();
}

bool ScreenshotScene::start(QString *error)
{
    qputenv("TANDEM_SETTLE_MS", "200");
    if (!m_server.start(error))
        return false;
    if (!registerUsers(m_server,
            { QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"),
                QStringLiteral("dave") },
            error))
        return false;
    return startAnchor(error) && startPeople(error) && startWindowProfile(error);
}

bool ScreenshotScene::startAnchor(QString *error)
{
    AccountConfig config;
    config.jid = QStringLiteral("alice@") + m_server.domain();
    config.host = m_server.host();
    config.port = m_server.port();
    config.caFile = m_server.caFile();
    config.passwordStorage = AccountConfig::PasswordStorage::File;
    m_anchorDatabase = std::make_unique<Database>();
    QSignalSpy opened(m_anchorDatabase.get(), &Database::opened);
    m_anchorDatabase->open(m_anchorDir.path() + QStringLiteral("/tandem.db"));
    if (!opened.wait(10000))
        return fail(error, QStringLiteral("the anchor's database did not open"));
    m_anchorStore = std::make_unique<MessageStore>(m_anchorDatabase.get());
    m_anchorPasswords = std::make_unique<PasswordStore>(m_anchorDir.path(), QStringLiteral("screenshot"));
    m_anchor = std::make_unique<Account>(
        config, QStringLiteral("home-server"), m_anchorStore.get(), m_anchorPasswords.get(), nullptr, true);
    m_anchor->startWithPassword(QStringLiteral("pw-alice"));
    if (!QTest::qWaitFor([this] { return m_anchor->state() == Account::State::Online; }, 20000))
        return fail(error, QStringLiteral("the anchor did not come online"));
    return true;
}

bool ScreenshotScene::startPeople(QString *error)
{
    for (const QString &nick : { QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("dave") }) {
        auto *client = new QXmppClient;
        m_people.append(client);
        QXmppMucManager *muc = connectMucClient(*client, m_server, nick, QStringLiteral("phone"));
        if (!muc)
            return fail(error, nick + QStringLiteral(" could not log in"));
        QXmppMucRoom *joined = nullptr;
        if (m_rooms.isEmpty()) {
            joined = createRoom(*client, muc, room(), nick);
        } else {
            joined = muc->addRoom(room());
            joined->setNickName(nick);
            QSignalSpy spy(joined, &QXmppMucRoom::joined);
            joined->join();
            if (!spy.wait(10000))
                return fail(error, nick + QStringLiteral(" could not join the room"));
        }
        m_rooms.append(joined);
    }
    return true;
}

bool ScreenshotScene::startWindowProfile(QString *error)
{
    if (!writeWindowProfile(m_profileDir.path(), m_server, QStringLiteral("alice"), error))
        return false;
    m_profile = std::make_unique<Profile>(m_profileDir.path());
    if (!m_profile->lock(error))
        return false;
    m_instance = std::make_unique<Instance>(m_profile.get(), Instance::Mode::Gui);
    return true;
}

bool ScreenshotScene::converse(QString *error)
{
    QSignalSpy started(m_instance.get(), &Instance::started);
    m_instance->start();
    if (!started.wait(10000))
        return fail(error, QStringLiteral("the window's instance did not start"));
    Account *alice = m_instance->account();
    if (!QTest::qWaitFor([alice] { return alice->state() == Account::State::Online; }, 20000))
        return fail(error, QStringLiteral("the window's account did not come online"));
    alice->rooms()->join(room());
    if (!QTest::qWaitFor([&] { return alice->rooms()->rooms().contains(room()); }, 20000))
        return fail(error, QStringLiteral("the account did not take the room"));
    QTest::qWait(1500); // the election settles and the anchor holds the room

    for (const auto &line : roomLines) {
        if (line.first == QLatin1String("alice")) {
            alice->rooms()->sendMessage(room(), line.second);
        } else {
            const int speaker = line.first == QLatin1String("bob") ? 0
                : line.first == QLatin1String("carol")             ? 1
                                                                   : 2;
            m_rooms[speaker]->sendMessage(line.second);
        }
        QTest::qWait(150);
    }
    for (const QString &text : chatLines) {
        QXmppMessage message(m_people[0]->configuration().jid(), alice->jid(), text);
        message.setType(QXmppMessage::Chat);
        m_people[0]->sendPacket(message);
        QTest::qWait(100);
    }
    return waitStored(room(), roomLines.size(), error) && waitStored(peer(), chatLines.size(), error);
}

bool ScreenshotScene::waitStored(const QString &conversation, int count, QString *error)
{
    Account *alice = m_instance->account();
    // Shared counters: an answer that comes after the wait gave up must not write to a dead frame.
    auto stored = std::make_shared<qint64>(0);
    const bool ok = QTest::qWaitFor(
        [&] {
            auto answer = std::make_shared<qint64>(-1);
            alice->messageEvents()->store()->count(
                alice->jid(), conversation, alice, [answer](qint64 n) { *answer = n; });
            if (QTest::qWaitFor([&] { return *answer >= 0; }, 2000))
                *stored = *answer;
            return *stored >= count;
        },
        20000);
    return ok
        ? true
        : fail(error, QStringLiteral("%1 holds %2 of %3 messages").arg(conversation).arg(*stored).arg(count));
}

} // namespace Tandem::Test
