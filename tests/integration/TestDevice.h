// One "device" of an account inside an integration test: its own database file, message
// store and Account, like a separate Tandem profile, but in the test's process.
#pragma once

#include "ProsodyFixture.h"
#include "account/Account.h"
#include "profile/PasswordStore.h"
#include "session/ChatArchiveSync.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace Tandem::Test {

struct TestDevice
{
    TestDevice(const ProsodyFixture &server, const QString &user, const QString &password,
        const QString &resource, bool trustServer = true)
    {
        AccountConfig config;
        config.jid = user + QLatin1Char('@') + server.domain();
        config.host = server.host();
        config.port = server.port();
        if (trustServer)
            config.caFile = server.caFile();
        config.passwordStorage = AccountConfig::PasswordStorage::File;
        database = std::make_unique<Database>();
        database->open(dir.path() + QStringLiteral("/tandem.db"));
        QSignalSpy opened(database.get(), &Database::opened);
        opened.wait(10000);
        store = std::make_unique<MessageStore>(database.get());
        passwords = std::make_unique<PasswordStore>(dir.path(), QStringLiteral("test"));
        this->config = config;
        this->resource = resource;
        account = std::make_unique<Account>(config, resource, store.get(), passwords.get());
        this->password = password;
    }

    /// A new Account on the same database, as after the process restarted: nothing kept in memory.
    void restartAccount()
    {
        account.reset();
        account = std::make_unique<Account>(config, resource, store.get(), passwords.get());
    }

    void start() { account->startWithPassword(password); }

    /// Online, and the 1:1 archive sync of this connection has ended: a message sent to the
    /// account from now on arrives live (before that, the server may keep it for the archive).
    bool waitOnline(int timeoutMs = 20000)
    {
        return QTest::qWaitFor(
            [this] {
                return account->state() == Account::State::Online
                    && account->chatArchive()->state() != ChatArchiveSync::State::Syncing
                    && account->chatArchive()->state() != ChatArchiveSync::State::Idle;
            },
            timeoutMs);
    }

    QVector<Message> history(const QString &conversation, int limit = 1000)
    {
        QVector<Message> result;
        bool done = false;
        store->history(account->jid(), conversation, limit, HistoryCursor(), account.get(),
            [&](const QVector<Message> &messages, const StorageError &) {
                result = messages;
                done = true;
            });
        // A query that never answers shows up as an empty history, which the caller's checks catch.
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("history query for %s did not answer", qPrintable(conversation));
        return result;
    }

    QTemporaryDir dir;
    AccountConfig config;
    QString resource;
    QString password;
    std::unique_ptr<Database> database;
    std::unique_ptr<MessageStore> store;
    std::unique_ptr<PasswordStore> passwords;
    std::unique_ptr<Account> account;
};

} // namespace Tandem::Test
