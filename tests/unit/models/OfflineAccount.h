// What the model tests stand on: a real database in a temporary directory and an account that
// is never started, so whatever it sends is stored pending and reported by its MessageEvents.
#pragma once

#include "account/Account.h"
#include "profile/PasswordStore.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace Tandem::Test {

struct OfflineAccount
{
    OfflineAccount()
    {
        QSignalSpy opened(&database, &Database::opened);
        database.open(dir.path() + QStringLiteral("/t.db"));
        isOpen = opened.wait(10000);
        config.jid = QStringLiteral("alice@localhost");
        account = std::make_unique<Account>(config, QStringLiteral("r"), &store, &passwords);
    }

    /// Sends `body` to `to` and waits until it is stored.
    bool send(const QString &to, const QString &body)
    {
        bool done = false;
        account->sendMessage(to, body, [&](const Message &, const StorageError &) { done = true; });
        return QTest::qWaitFor([&] { return done; }, 5000);
    }

    QTemporaryDir dir;
    Database database;
    bool isOpen = false;
    MessageStore store { &database };
    PasswordStore passwords { dir.path(), QStringLiteral("x") };
    AccountConfig config;
    std::unique_ptr<Account> account;
};

} // namespace Tandem::Test
