// Text selection in the timeline: TimelineSelection's ranges on their own, then a real
// TimelineView over a stored conversation driven with the mouse: a drag inside one message
// selects its characters, a drag across rows copies them as a little log, a double click takes
// a word, a click or Esc drops the selection, and a click on a link still opens it.
#include "OfflineAccount.h"
#include "models/TimelineModel.h"
#include "rooms/RoomEventRow.h"
#include "storage/MessageEvents.h"
#include "widgets/MessageDelegate.h"
#include "widgets/TimelineSelection.h"
#include "widgets/TimelineView.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

using namespace Tandem;

namespace {

const QString Room = QStringLiteral("tea@conference.localhost");
const QStringList Bodies { QStringLiteral("the quick brown fox jumps"), QStringLiteral("over the lazy dog"),
    QStringLiteral("notes at https://notes.example.org/tea ok") };

/// A room of three messages from bob and a join after the second, shown in a TimelineView.
struct Shown
{
    Test::OfflineAccount alice;
    TimelineModel model;
    TimelineView view;
    bool ok = false;

    Shown()
    {
        if (!alice.isOpen)
            return;
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-600);
        QVector<Message> batch;
        for (int i = 0; i < Bodies.size(); ++i) {
            Message m;
            m.account = alice.config.jid;
            m.conversation = Room;
            m.kind = Message::Kind::GroupChat;
            m.sender = QStringLiteral("bob");
            m.messageId = QStringLiteral("s%1").arg(i);
            m.body = Bodies.at(i);
            m.serverTime = start.addSecs(i * 60);
            batch.append(m);
        }
        RoomMirror::Event joined { RoomMirror::Event::Type::OccupantJoined, QStringLiteral("dave"), {},
            RoomMirror::LeaveReason::None, {} };
        joined.at = start.addSecs(90);
        batch.append(*RoomEventRow::fromEvent(alice.config.jid, Room, joined));
        bool stored = false;
        alice.store.storeBatch(batch, &alice.store, [&](const QVector<StoreResult> &) { stored = true; });
        if (!QTest::qWaitFor([&] { return stored; }, 20000))
            return;
        view.resize(600, 400);
        view.setTimeline(&model);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            return;
        QSignalSpy positioned(&model, &TimelineModel::positioned);
        model.setConversation(alice.account->messageEvents(), Room);
        ok = positioned.wait(5000) && model.rowCount() >= 4;
    }

    QModelIndex rowOf(const QString &body) const
    {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row).data(TimelineModel::BodyRole).toString() == body)
                return model.index(row);
        return {};
    }

    /// Where, in the viewport, the pointer stands before character `offset` of the row's text.
    QPoint pointAt(const QModelIndex &index, int offset) const
    {
        const QRect rect = view.visualRect(index);
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.font = view.font();
        option.rect = rect;
        for (int y = rect.bottom() - 4; y > rect.top(); y -= 2)
            for (int x = rect.left(); x < rect.right(); ++x)
                if (view.messageDelegate()->overText(option, index, QPoint(x, y))
                    && view.messageDelegate()->offsetAt(option, index, QPoint(x, y)) == offset)
                    return QPoint(x, y);
        return {};
    }

    void drag(const QPoint &from, const QPoint &to)
    {
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
        // QTest::mouseMove carries no buttons: the drag's moves are sent as they come from a mouse.
        for (int step = 1; step <= 4; ++step) {
            const QPoint at = from + (to - from) * step / 4;
            QMouseEvent move(QEvent::MouseMove, at, view.viewport()->mapToGlobal(at), Qt::NoButton,
                Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(view.viewport(), &move);
        }
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, to);
    }
};

} // namespace

class TestTimelineSelection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rangesFollowTheConversationOrder();
    void dragWithinOneMessage();
    void dragAcrossRowsCopiesALog();
    void doubleClickTakesAWord();
    void clickEscAndLinks();
};

void TestTimelineSelection::rangesFollowTheConversationOrder()
{
    TimelineSelection selection;
    QVERIFY(selection.isEmpty());
    QVERIFY(!selection.rangeIn(100, 1, 10));

    // Dragged backwards within one row: the same characters as forwards.
    selection.begin({ 100, 1, 8 });
    QVERIFY(selection.isEmpty());
    selection.extendTo({ 100, 1, 3 });
    QVERIFY(!selection.isEmpty());
    QCOMPARE(*selection.rangeIn(100, 1, 10), qMakePair(3, 8));
    QVERIFY(!selection.rangeIn(100, 2, 10));

    // Across rows: the first from its offset, the ones between whole, the last up to its offset;
    // rows of equal time are ordered by id, as the model orders them.
    selection.select({ 200, 7, 2 }, { 100, 1, 4 });
    QCOMPARE(*selection.rangeIn(100, 1, 10), qMakePair(4, 10));
    QCOMPARE(*selection.rangeIn(150, 3, 6), qMakePair(0, 6));
    QCOMPARE(*selection.rangeIn(200, 5, 6), qMakePair(0, 6));
    QCOMPARE(*selection.rangeIn(200, 7, 9), qMakePair(0, 2));
    QVERIFY(!selection.rangeIn(200, 8, 9));
    QVERIFY(!selection.rangeIn(50, 9, 9));

    // An offset past the row's end is its end (Select All), and nothing selected in a row is none.
    selection.select({ 100, 1, 0 }, { 100, 1, INT_MAX });
    QCOMPARE(*selection.rangeIn(100, 1, 10), qMakePair(0, 10));
    selection.select({ 100, 1, 10 }, { 150, 3, 0 });
    QVERIFY(!selection.rangeIn(100, 1, 10));
    QVERIFY(!selection.rangeIn(150, 3, 6));
    selection.clear();
    QVERIFY(selection.isEmpty());
}

void TestTimelineSelection::dragWithinOneMessage()
{
    Shown shown;
    QVERIFY(shown.ok);
    const QModelIndex first = shown.rowOf(Bodies.at(0));
    const QPoint from = shown.pointAt(first, 4);
    const QPoint to = shown.pointAt(first, 15);
    QVERIFY(!from.isNull() && !to.isNull());
    shown.drag(from, to);
    QCOMPARE(shown.view.selectedText(), QStringLiteral("quick brown"));

    QGuiApplication::clipboard()->clear();
    QTest::keyClick(&shown.view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("quick brown"));

    // Backwards gives the same words.
    shown.drag(to, from);
    QCOMPARE(shown.view.selectedText(), QStringLiteral("quick brown"));
}

void TestTimelineSelection::dragAcrossRowsCopiesALog()
{
    Shown shown;
    QVERIFY(shown.ok);
    const QModelIndex first = shown.rowOf(Bodies.at(0));
    const QModelIndex third = shown.rowOf(Bodies.at(2));
    shown.drag(shown.pointAt(first, 10), shown.pointAt(third, 5));
    const QStringList lines = shown.view.selectedText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).startsWith(QLatin1Char('['))
            && lines.at(0).endsWith(QLatin1String("] bob: brown fox jumps")),
        qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).endsWith(QLatin1String("] bob: over the lazy dog")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).contains(QLatin1String("] * ")) && lines.at(2).contains(QLatin1String("dave")),
        qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).endsWith(QLatin1String("] bob: notes")), qPrintable(lines.at(3)));

    // Select All takes every row whole.
    QTest::keyClick(&shown.view, Qt::Key_A, Qt::ControlModifier);
    QVERIFY(shown.view.selectedText().endsWith(QLatin1String("bob: ") + Bodies.at(2)));
    QVERIFY(shown.view.selectedText().contains(QLatin1String("bob: ") + Bodies.at(0)));
}

void TestTimelineSelection::doubleClickTakesAWord()
{
    Shown shown;
    QVERIFY(shown.ok);
    const QModelIndex second = shown.rowOf(Bodies.at(1));
    const QPoint inLazy = shown.pointAt(second, 11); // "over the la|zy dog"
    QVERIFY(!inLazy.isNull());
    QTest::mouseDClick(shown.view.viewport(), Qt::LeftButton, {}, inLazy);
    QCOMPARE(shown.view.selectedText(), QStringLiteral("lazy"));
}

void TestTimelineSelection::clickEscAndLinks()
{
    Shown shown;
    QVERIFY(shown.ok);
    const QModelIndex first = shown.rowOf(Bodies.at(0));
    shown.drag(shown.pointAt(first, 0), shown.pointAt(first, 9));
    QCOMPARE(shown.view.selectedText(), QStringLiteral("the quick"));

    // A click somewhere else starts afresh: nothing selected.
    QTest::mouseClick(shown.view.viewport(), Qt::LeftButton, {}, shown.pointAt(first, 12));
    QVERIFY(shown.view.selectedText().isEmpty());

    // Esc drops a selection.
    shown.drag(shown.pointAt(first, 0), shown.pointAt(first, 9));
    QVERIFY(!shown.view.selectedText().isEmpty());
    QTest::keyClick(&shown.view, Qt::Key_Escape);
    QVERIFY(shown.view.selectedText().isEmpty());

    // With text selected, a click on a link still opens it (and drops the selection).
    shown.drag(shown.pointAt(first, 0), shown.pointAt(first, 9));
    const QModelIndex linkRow = shown.rowOf(Bodies.at(2));
    const QPoint onLink = shown.pointAt(linkRow, Bodies.at(2).indexOf(QLatin1String("notes.")));
    QVERIFY(!onLink.isNull());
    QSignalSpy links(&shown.view, &TimelineView::linkActivated);
    QTest::mouseClick(shown.view.viewport(), Qt::LeftButton, {}, onLink);
    QCOMPARE(links.count(), 1);
    QCOMPARE(links.first().first().toString(), QStringLiteral("https://notes.example.org/tea"));
    QVERIFY(shown.view.selectedText().isEmpty());
}

QTEST_MAIN(TestTimelineSelection)
#include "tst_timeline_selection.moc"
