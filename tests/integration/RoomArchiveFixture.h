// The world of RoomArchive's integration tests: a real Prosody with a room that bob has filled,
// and alice as a plain client with a real MessageStore and a RoomArchive.
#pragma once

#include "ProsodyFixture.h"
#include "coordinator/CatchUpGaps.h"
#include "rooms/RoomArchive.h"
#include "storage/Database.h"
#include "storage/MessageEvents.h"
#include "storage/MessageStore.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QStringList>
#include <QTemporaryDir>
#include <QXmppClient.h>
#include <QXmppMessage.h>
#include <QXmppMucManager.h>

#include <memory>

namespace Tandem::Test {

/// Mixed into a QTest class: startServer() from initTestCase(), openAlice() from init() and
/// closeAlice() from cleanup(). Checks inside fail the running test function (QVERIFY).
class RoomArchiveFixture
{
protected:
    using FetchResult = RoomArchive::FetchResult;
    using Mode = RoomArchive::Mode;

    /// Starts the server, and has bob create the room and say "msg 1" … "msg N" there.
    void startServer(int messages);
    void openAlice();
    void closeAlice();

    FetchResult fetch(const QString &room, const QString &afterId, const QDateTime &afterTime);
    QVector<Message> history(const QString &room);
    CatchUpCursor cursor(const QString &room);
    QStringList bodies(const QVector<Message> &messages) const;
    QStringList expectedBodies(int from, int to) const;
    void bobSays(const QString &body, const QString &originId);
    void waitForBob(int total);

    std::unique_ptr<ProsodyFixture> m_server;
    std::unique_ptr<QXmppClient> m_bob;
    QXmppMucManager *m_bobMuc = nullptr;
    QXmppMucRoom *m_bobRoom = nullptr;
    QString m_room;
    QDateTime m_createdAt;
    QVector<QXmppMessage> m_reflections; ///< bob's messages as the room echoed them, stanza-ids included
    QStringList m_ids; ///< their stanza-ids, in order

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MessageStore> m_store;
    std::unique_ptr<MessageEvents> m_events;
    std::unique_ptr<QXmppClient> m_alice;
    RoomArchive *m_archive = nullptr;
    std::unique_ptr<QSignalSpy> m_newMessages; ///< MessageEvents::historyAdded
};

} // namespace Tandem::Test
