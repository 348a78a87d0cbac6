// The scene the screenshots show: a real Prosody, alice with an always-on anchor and this window's
// device, bob, carol and dave in a room the account holds once, and a 1:1 chat with bob.
#pragma once

#include "ProsodyFixture.h"

#include <QString>
#include <QTemporaryDir>
#include <QVector>

#include <memory>

class QXmppClient;
class QXmppMucRoom;

namespace Tandem {
class Account;
class Database;
class Instance;
class MessageStore;
class PasswordStore;
class Profile;
} // namespace Tandem

namespace Tandem::Test {

/// Builds the scene step by step; every step is bounded and says what failed.
class ScreenshotScene
{
public:
    ScreenshotScene();
    ~ScreenshotScene();

    /// Starts the server, the anchor and the other people; then the profile the window runs on.
    bool start(QString *error);
    /// The window's instance: started, online, holding the room through the anchor.
    Instance *instance() const { return m_instance.get(); }
    QString room() const;
    QString peer() const;
    /// Has the people talk, in the room and to alice; waits until the window's device has it all.
    bool converse(QString *error);

private:
    bool startAnchor(QString *error);
    bool startPeople(QString *error);
    bool startWindowProfile(QString *error);
    bool waitStored(const QString &conversation, int count, QString *error);

    ProsodyFixture m_server;
    QTemporaryDir m_anchorDir;
    QTemporaryDir m_profileDir;
    std::unique_ptr<Database> m_anchorDatabase;
    std::unique_ptr<MessageStore> m_anchorStore;
    std::unique_ptr<PasswordStore> m_anchorPasswords;
    std::unique_ptr<Account> m_anchor;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<Instance> m_instance;
    QVector<QXmppClient *> m_people;
    QVector<QXmppMucRoom *> m_rooms;
};

} // namespace Tandem::Test
