// A fresh message database for the search tests, with the calls they make waited for.
#pragma once

#include "StorageTestUtils.h"
#include "storage/Database.h"
#include "storage/Message.h"
#include "storage/MessageStore.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <utility>

namespace Tandem::Test {

inline const QString me = QStringLiteral("me@example.org");
inline const QString other = QStringLiteral("other@example.org");
inline const QString alice = QStringLiteral("alice@example.org");
inline const QString bob = QStringLiteral("bob@example.org");
inline const QString room = QStringLiteral("room@muc.example.org");
constexpr qint64 baseMs = 1700000000000;

/// A message of \a account in \a conversation (a chat, or a groupchat when it is \a room).
Message makeMessage(
    const QString &conversation, qint64 serverMs, const QString &body, const QString &account = me);

QStringList bodiesOf(const QVector<Message> &messages);

using Hits = std::pair<QVector<SearchHit>, StorageError>;
using Page = std::pair<QVector<Message>, StorageError>;

/// StoreFixture with the calls the search tests make, waited for. Helpers that check (storeAll)
/// fail the running test function through QVERIFY.
class SearchFixture : public StoreFixture
{
protected:
    void storeAll(const QVector<Message> &messages, QVector<qint64> *rowIds = nullptr);
    Hits search(const SearchRequest &request);
    Hits search(const QString &query, const QString &conversation = {}, int limit = 50);
    QStringList snippets(const QString &query, const QString &conversation = {});
    Page around(const QString &conversation, qint64 rowId, int before, int after);
    bool exec(const QString &sql);
};

} // namespace Tandem::Test
