#include "SearchFixture.h"

#include "StorageTestUtils.h"

#include <QTest>

namespace Tandem::Test {

Message makeMessage(const QString &conversation, qint64 serverMs, const QString &body, const QString &account)
{
    Message m;
    m.account = account;
    m.conversation = conversation;
    m.kind = conversation == room ? Message::Kind::GroupChat : Message::Kind::Chat;
    m.sender = conversation == room ? QStringLiteral("carol") : conversation + QStringLiteral("/phone");
    m.body = body;
    m.serverTime = QDateTime::fromMSecsSinceEpoch(serverMs, Qt::UTC);
    m.localTime = m.serverTime;
    return m;
}

QStringList bodiesOf(const QVector<Message> &messages)
{
    QStringList bodies;
    for (const Message &m : messages)
        bodies << m.body;
    return bodies;
}

void SearchFixture::storeAll(const QVector<Message> &messages, QVector<qint64> *rowIds)
{
    const auto results = waitForCallback<QVector<StoreResult>>(
        [&](QObject *ctx, auto done) { m_store->storeBatch(messages, ctx, done); });
    QVERIFY(results.has_value());
    QCOMPARE(results->size(), messages.size());
    for (const StoreResult &r : *results) {
        QVERIFY2(r.inserted, qPrintable(r.error.message()));
        if (rowIds)
            rowIds->append(r.rowId);
    }
}

Hits SearchFixture::search(const SearchRequest &request)
{
    const auto hits = waitForCallback<Hits>([&](QObject *ctx, auto done) {
        m_store->search(
            request, ctx, [done](const QVector<SearchHit> &h, const StorageError &e) { done(Hits(h, e)); });
    });
    return hits.value_or(Hits({}, StorageError(StorageError::Other, QStringLiteral("timeout"))));
}

Hits SearchFixture::search(const QString &query, const QString &conversation, int limit)
{
    const auto hits = waitForCallback<Hits>([&](QObject *ctx, auto done) {
        m_store->search(me, query, conversation, limit, ctx,
            [done](const QVector<SearchHit> &h, const StorageError &e) { done(Hits(h, e)); });
    });
    return hits.value_or(Hits({}, StorageError(StorageError::Other, QStringLiteral("timeout"))));
}

QStringList SearchFixture::snippets(const QString &query, const QString &conversation)
{
    const Hits hits = search(query, conversation);
    if (hits.second.isError())
        qWarning("search failed: %s", qPrintable(hits.second.message()));
    QStringList result;
    for (const SearchHit &h : hits.first)
        result << h.snippet;
    return result;
}

Page SearchFixture::around(const QString &conversation, qint64 rowId, int before, int after)
{
    const auto page = waitForCallback<Page>([&](QObject *ctx, auto done) {
        m_store->around(me, conversation, rowId, before, after, ctx,
            [done](const QVector<Message> &m, const StorageError &e) { done(Page(m, e)); });
    });
    return page.value_or(Page({}, StorageError(StorageError::Other, QStringLiteral("timeout"))));
}

bool SearchFixture::exec(const QString &sql)
{
    const auto error = runAndWait(*m_db, [sql](SqliteConnection &c) { return c.execScript(sql); });
    return error && !error->isError();
}

} // namespace Tandem::Test
