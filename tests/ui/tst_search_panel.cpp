// The search panel over a real archive: typing searches after a pause, hits show highlighted
// words as ranges, the scope narrows to the open conversation, Enter opens the best hit, Esc closes.
#include "AccessibleNames.h"
#include "models/SearchResultModel.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"
#include "widgets/SearchPanel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Tandem;
using namespace Tandem::Test;

namespace {
const QString me = QStringLiteral("me@example.org");
const QString bob = QStringLiteral("bob@example.org");
const QString room = QStringLiteral("tea@muc.example.org");

Message message(const QString &conversation, qint64 ms, const QString &body)
{
    Message m;
    m.account = me;
    m.conversation = conversation;
    m.kind = conversation == room ? Message::Kind::GroupChat : Message::Kind::Chat;
    m.sender = conversation == room ? QStringLiteral("carol") : bob;
    m.body = body;
    m.serverTime = QDateTime::fromMSecsSinceEpoch(1700000000000 + ms, Qt::UTC);
    return m;
}
} // namespace

class TestSearchPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typingFindsAndEnterOpens();
};

void TestSearchPanel::typingFindsAndEnterOpens()
{
    QTemporaryDir dir;
    Database db;
    QSignalSpy opened(&db, &Database::opened);
    db.open(dir.filePath(QStringLiteral("t.db")));
    QVERIFY(opened.wait(10000));
    MessageStore store(&db);
    bool stored = false;
    store.storeBatch({ message(bob, 0, QStringLiteral("tea at five? [x] brackets stay")),
                         message(room, 1000, QStringLiteral("green tea or black tea")),
                         message(room, 2000, QStringLiteral("coffee for me")) },
        this, [&](const QVector<StoreResult> &) { stored = true; });
    QTRY_VERIFY(stored);

    SearchPanel panel;
    panel.setScope(&store, me, room);
    panel.resize(500, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    panel.activate();
    auto *query = panel.findChild<QLineEdit *>();
    auto *hits = panel.findChild<QListView *>();
    auto *where = panel.findChild<QComboBox *>();
    QVERIFY(query && hits && where);
    QVERIFY(query->hasFocus());
    QAccessible::setActive(true);
    QVERIFY2(unnamedControls(&panel).isEmpty(), qPrintable(unnamedControls(&panel).join(QLatin1Char('\n'))));

    QTest::keyClicks(query, QStringLiteral("tea"));
    QCOMPARE(hits->model()->rowCount(), 0); // waits for a pause in typing
    QTRY_COMPARE_WITH_TIMEOUT(hits->model()->rowCount(), 2, 5000);
    const QModelIndex best = hits->model()->index(0, 0);
    QCOMPARE(
        best.data(SearchResultModel::PlainSnippetRole).toString(), QStringLiteral("green tea or black tea"));
    QCOMPARE(best.data(SearchResultModel::HighlightsRole).toList().size(), 2);
    QVERIFY(hits->visualRect(best).height() > 2 * hits->fontMetrics().height());
    const QModelIndex other = hits->model()->index(1, 0);
    QCOMPARE(other.data(SearchResultModel::PlainSnippetRole).toString(),
        QStringLiteral("tea at five? [x] brackets stay"));

    where->setCurrentIndex(1); // the open conversation only
    QTRY_COMPARE_WITH_TIMEOUT(hits->model()->rowCount(), 1, 5000);
    QSignalSpy activated(&panel, &SearchPanel::hitActivated);
    QTest::keyClick(query, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    const auto hit = activated.first().first().value<SearchHit>();
    QCOMPARE(hit.conversation, room);
    QVERIFY(hit.rowId > 0);

    QSignalSpy closing(&panel, &SearchPanel::closeRequested);
    QTest::keyClick(query, Qt::Key_Escape);
    QCOMPARE(closing.count(), 1);
}

QTEST_MAIN(TestSearchPanel)
#include "tst_search_panel.moc"
