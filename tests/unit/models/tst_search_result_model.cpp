// SearchResultModel on a real database: results arrive asynchronously and are checked by
// QAbstractItemModelTester from before the first row; newer searches drop older answers.
#include "models/SearchResultModel.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"

#include <QAbstractItemModelTester>
#include <QPoint>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Tandem;

namespace {
const QString me = QStringLiteral("me@example.org");
const QString bob = QStringLiteral("bob@example.org");
const QString room = QStringLiteral("tea@muc.example.org");

Message makeMessage(const QString &conversation, qint64 ms, const QString &body)
{
    Message m;
    m.account = me;
    m.conversation = conversation;
    m.kind = conversation == room ? Message::Kind::GroupChat : Message::Kind::Chat;
    m.direction = conversation == room ? Message::Direction::Outgoing : Message::Direction::Incoming;
    m.sender = conversation == room ? QStringLiteral("alice") : bob + QStringLiteral("/phone");
    m.body = body;
    m.serverTime = QDateTime::fromMSecsSinceEpoch(1700000000000 + ms, Qt::UTC);
    return m;
}
} // namespace

class TestSearchResultModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void resultsArriveAsynchronously();
    void loadMoreAppends();
    void newerSearchDropsOlderAnswer();
    void errorsAndEmptyQueries();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MessageStore> m_store;
};

void TestSearchResultModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QSignalSpy opened(m_db.get(), &Database::opened);
    m_db->open(m_dir->filePath(QStringLiteral("t.db")));
    QVERIFY(opened.wait(10000));
    m_store = std::make_unique<MessageStore>(m_db.get());
    QVector<Message> messages { makeMessage(bob, 0, QStringLiteral("tea at five?")),
        makeMessage(bob, 1000, QStringLiteral("coffee instead")),
        makeMessage(room, 2000, QStringLiteral("green tea or black tea")),
        makeMessage(room, 3000, QStringLiteral("the tea is ready")) };
    bool stored = false;
    m_store->storeBatch(messages, this, [&](const QVector<StoreResult> &) { stored = true; });
    QTRY_VERIFY(stored);
}

void TestSearchResultModel::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestSearchResultModel::resultsArriveAsynchronously()
{
    SearchResultModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &SearchResultModel::finished);
    QSignalSpy searching(&model, &SearchResultModel::searchingChanged);
    model.search(me, QStringLiteral("tea"));
    QVERIFY(model.isSearching());
    QCOMPARE(model.rowCount(), 0); // nothing waits on the database thread
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().toString(), QString());
    QVERIFY(!model.isSearching());
    QCOMPARE(searching.count(), 2);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.hasMore());

    // "green tea or black tea" has the word twice in a short body: most relevant.
    const QModelIndex top = model.index(0);
    QCOMPARE(
        top.data(SearchResultModel::SnippetRole).toString(), QStringLiteral("green [tea] or black [tea]"));
    QCOMPARE(top.data(Qt::DisplayRole).toString(), QStringLiteral("green [tea] or black [tea]"));
    QCOMPARE(top.data(SearchResultModel::ConversationRole).toString(), room);
    // The view paints ranges, not markers.
    QCOMPARE(
        top.data(SearchResultModel::PlainSnippetRole).toString(), QStringLiteral("green tea or black tea"));
    QCOMPARE(
        top.data(SearchResultModel::HighlightsRole).toList(), (QVariantList { QPoint(6, 3), QPoint(19, 3) }));
    const QString spoken = top.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(
        spoken.contains(QStringLiteral("alice")) && spoken.contains(QStringLiteral("green tea or black tea")),
        qPrintable(spoken));
    QCOMPARE(top.data(SearchResultModel::SenderRole).toString(), QStringLiteral("alice"));
    QCOMPARE(top.data(SearchResultModel::TimeRole).toDateTime(),
        QDateTime::fromMSecsSinceEpoch(1700000002000, Qt::UTC));
    QCOMPARE(top.data(SearchResultModel::KindRole).toInt(), int(Message::Kind::GroupChat));
    QCOMPARE(top.data(SearchResultModel::DirectionRole).toInt(), int(Message::Direction::Outgoing));
    QVERIFY(top.data(SearchResultModel::RowIdRole).toLongLong() > 0);
    QVERIFY(top.data(SearchResultModel::ScoreRole).toDouble() < 0);
    QCOMPARE(model.hit(0).rowId, top.data(SearchResultModel::RowIdRole).toLongLong());
    QCOMPARE(model.hit(0).position.rowId, model.hit(0).rowId);
    QCOMPARE(model.roleNames().value(SearchResultModel::SnippetRole), QByteArray("snippet"));
    QCOMPARE(model.roleNames().value(SearchResultModel::RowIdRole), QByteArray("rowId"));

    // One conversation only.
    model.search(me, QStringLiteral("tea"), bob);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(finished.wait(5000));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(SearchResultModel::ConversationRole).toString(), bob);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestSearchResultModel::loadMoreAppends()
{
    SearchResultModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &SearchResultModel::finished);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.search(me, QStringLiteral("tea"), {}, 2);
    QVERIFY(finished.wait(5000));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.hasMore());
    const qint64 first = model.hit(0).rowId;
    const qint64 second = model.hit(1).rowId;
    model.loadMore();
    QVERIFY(finished.wait(5000));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.hasMore());
    QCOMPARE(model.hit(0).rowId, first);
    QCOMPARE(model.hit(1).rowId, second);
    QVERIFY(model.hit(2).rowId != first && model.hit(2).rowId != second);
    model.loadMore(); // nothing more: no request, no signal
    QVERIFY(!model.isSearching());
}

void TestSearchResultModel::newerSearchDropsOlderAnswer()
{
    SearchResultModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &SearchResultModel::finished);
    model.search(me, QStringLiteral("tea"));
    model.search(me, QStringLiteral("coffee")); // typed on before the first answer came
    QVERIFY(finished.wait(5000));
    QTest::qWait(100); // the first answer also arrived by now, and was dropped
    QCOMPARE(finished.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("[coffee] instead"));
}

void TestSearchResultModel::errorsAndEmptyQueries()
{
    SearchResultModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &SearchResultModel::finished);
    model.search(me, QStringLiteral("\"AND (* -"));
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.last().first().toString(), QString());
    QCOMPARE(model.rowCount(), 0);
    model.search(me, QString(5000, QLatin1Char('x')));
    QVERIFY(finished.wait(5000));
    QVERIFY(!model.errorString().isEmpty());
    QCOMPARE(finished.last().first().toString(), model.errorString());
    QCOMPARE(model.rowCount(), 0);

    // The store is gone: an error, not a crash.
    m_store.reset();
    model.search(me, QStringLiteral("tea"));
    QCOMPARE(finished.count(), 3);
    QVERIFY(!model.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestSearchResultModel)
#include "tst_search_result_model.moc"
