// TimelineView over a real archive of 1,000 messages: it opens at the bottom, scrolling to the
// top brings an older page in while the message on screen stays put, and the delegate caches a
// size per message, forgetting it when the message changes; a room event is one quiet line.
#include "OfflineAccount.h"
#include "models/TimelineModel.h"
#include "rooms/RoomEventRow.h"
#include "storage/MessageEvents.h"
#include "widgets/MessageDelegate.h"
#include "widgets/TimelineView.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace Tandem;

class TestTimelineView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scrollsBackKeepingItsPlace();
    void roomEventIsOneQuietLine();
    void linksOpenAndMentionsStandOut();
    void aHugeBodyIsShownCutShort();
};

void TestTimelineView::scrollsBackKeepingItsPlace()
{
    Test::OfflineAccount alice;
    QVERIFY(alice.isOpen);
    const QString bob = QStringLiteral("bob@localhost");
    const QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    QVector<Message> batch;
    for (int i = 0; i < 1000; ++i) {
        Message m;
        m.account = alice.config.jid;
        m.conversation = bob;
        m.sender = i % 3 ? bob : alice.config.jid;
        m.direction = i % 3 ? Message::Direction::Incoming : Message::Direction::Outgoing;
        m.messageId = QStringLiteral("m%1").arg(i);
        m.body = QStringLiteral("message %1 ").arg(i).repeated(1 + i % 7);
        m.serverTime = start.addSecs(i * 600);
        batch.append(m);
    }
    bool stored = false;
    alice.store.storeBatch(batch, &alice.store, [&](const QVector<StoreResult> &) { stored = true; });
    QVERIFY(QTest::qWaitFor([&] { return stored; }, 20000));

    TimelineModel model;
    TimelineView view;
    view.resize(400, 500);
    view.setTimeline(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy positioned(&model, &TimelineModel::positioned);
    model.setConversation(alice.account->messageEvents(), bob);
    QVERIFY(positioned.wait(5000));
    QTRY_COMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
    QVERIFY(view.isFollowing());
    QVERIFY(view.messageDelegate()->cachedSizes() > 0);

    // To the top: an older page comes in above, and the message that was at the top stays there.
    QSignalSpy pages(&model, &TimelineModel::pageLoaded);
    const int before = model.rowCount();
    view.verticalScrollBar()->setValue(0);
    const qint64 topRow = view.indexAt(QPoint(1, 1)).data(TimelineModel::RowIdRole).toLongLong();
    QVERIFY(pages.wait(5000));
    QCOMPARE(model.rowCount(), before + 100);
    QVERIFY(!view.isFollowing());
    QTRY_VERIFY(view.verticalScrollBar()->value() > 0);
    const QModelIndex top = view.indexAt(QPoint(1, 1));
    QCOMPARE(top.data(TimelineModel::RowIdRole).toLongLong(), topRow);

    // Further back the window drops its newest rows, and the delegate their sizes.
    for (int page = 0; page < 3; ++page) {
        view.verticalScrollBar()->setValue(0);
        QVERIFY(pages.wait(5000));
    }
    QCOMPARE(model.rowCount(), model.maxRows());
    view.viewport()->repaint();
    // 500 messages were shown; about the window's 300 sizes are kept (a row may be measured at
    // two widths, with and without the scroll bar).
    QVERIFY2(view.messageDelegate()->cachedSizes() <= model.maxRows() + 10,
        qPrintable(QString::number(view.messageDelegate()->cachedSizes())));

    // A status row says what it is.
    QCOMPARE(MessageDelegate::statusText(int(TimelineModel::RowKind::EndOfHistory)),
        QStringLiteral("Beginning of the conversation"));
}

void TestTimelineView::roomEventIsOneQuietLine()
{
    Test::OfflineAccount alice;
    QVERIFY(alice.isOpen);
    const QString room = QStringLiteral("tea@conference.localhost");
    const QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    const QString longText = QStringLiteral("a reason that goes on and on ").repeated(20);
    Message said;
    said.account = alice.config.jid;
    said.conversation = room;
    said.kind = Message::Kind::GroupChat;
    said.sender = QStringLiteral("carol");
    said.messageId = QStringLiteral("m1");
    said.body = longText;
    said.serverTime = start;
    RoomMirror::Event kicked { RoomMirror::Event::Type::OccupantLeft, QStringLiteral("carol"), {},
        RoomMirror::LeaveReason::Kicked, longText };
    kicked.at = start.addSecs(60);
    RoomMirror::Event joined { RoomMirror::Event::Type::OccupantJoined, QStringLiteral("dave"), {},
        RoomMirror::LeaveReason::None, {} };
    joined.at = start.addSecs(120);
    bool stored = false;
    alice.store.storeBatch({ said, *RoomEventRow::fromEvent(alice.config.jid, room, kicked),
                               *RoomEventRow::fromEvent(alice.config.jid, room, joined) },
        &alice.store, [&](const QVector<StoreResult> &) { stored = true; });
    QVERIFY(QTest::qWaitFor([&] { return stored; }, 5000));

    TimelineModel model;
    TimelineView view;
    view.resize(400, 500);
    view.setTimeline(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy positioned(&model, &TimelineModel::positioned);
    model.setConversation(alice.account->messageEvents(), room);
    QVERIFY(positioned.wait(5000));
    QCOMPARE(model.rowCount(), 4); // the beginning, the message, the kick, the join
    QStyleOptionViewItem option;
    option.initFrom(view.viewport());
    option.rect = QRect(0, 0, view.viewport()->width(), 0);
    auto height
        = [&](int row) { return view.messageDelegate()->sizeHint(option, model.index(row)).height(); };
    // However long the reason, the kick is one line (elided), as high as a plain join, and lower
    // than the wrapped message with its sender header.
    QCOMPARE(height(2), height(3));
    QVERIFY(height(2) < 2 * view.fontMetrics().height() + 12);
    QVERIFY2(height(2) * 2 < height(1), qPrintable(QStringLiteral("%1 vs %2").arg(height(2)).arg(height(1))));
    view.viewport()->repaint(); // and it paints
}

void TestTimelineView::linksOpenAndMentionsStandOut()
{
    Test::OfflineAccount alice;
    QVERIFY(alice.isOpen);
    const QString room = QStringLiteral("tea@conference.localhost");
    QVector<Message> batch;
    const QStringList bodies { QStringLiteral("the notes are at https://notes.example.org/tea today"),
        QStringLiteral("Alice: are you coming?"), QStringLiteral("nothing for anyone") };
    for (int i = 0; i < bodies.size(); ++i) {
        Message m;
        m.account = alice.config.jid;
        m.conversation = room;
        m.kind = Message::Kind::GroupChat;
        m.sender = QStringLiteral("bob");
        m.messageId = QStringLiteral("r%1").arg(i);
        m.body = bodies.at(i);
        m.serverTime = QDateTime::currentDateTimeUtc().addSecs(i - 10);
        batch.append(m);
    }
    bool stored = false;
    alice.store.storeBatch(batch, &alice.store, [&](const QVector<StoreResult> &) { stored = true; });
    QVERIFY(QTest::qWaitFor([&] { return stored; }, 20000));

    TimelineModel model;
    TimelineView view;
    view.resize(600, 400);
    view.setTimeline(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy positioned(&model, &TimelineModel::positioned);
    model.setConversation(alice.account->messageEvents(), room);
    QVERIFY(positioned.wait(5000));
    model.setOwnNick(QStringLiteral("alice"));
    const auto rowOf = [&](const QString &body) {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row).data(TimelineModel::BodyRole).toString() == body)
                return model.index(row);
        return QModelIndex();
    };
    QVERIFY(rowOf(bodies.at(1)).data(TimelineModel::MentionsMeRole).toBool());
    QVERIFY(!rowOf(bodies.at(2)).data(TimelineModel::MentionsMeRole).toBool());

    // Somewhere along the link's row the pointer is over the link: a click there opens it, a
    // click on the plain words does not.
    const QModelIndex linkRow = rowOf(bodies.at(0));
    const QRect rect = view.visualRect(linkRow);
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.font = view.font();
    option.rect = rect;
    QPoint onLink, offLink;
    for (int y = rect.top(); y < rect.bottom() && onLink.isNull(); y += 2)
        for (int x = rect.left(); x < rect.right() && onLink.isNull(); x += 3)
            if (view.messageDelegate()->linkAt(option, linkRow, QPoint(x, y))
                == QLatin1String("https://notes.example.org/tea"))
                onLink = QPoint(x, y);
    QVERIFY(!onLink.isNull());
    offLink = QPoint(rect.left() + 8, onLink.y());
    QVERIFY(view.messageDelegate()->linkAt(option, linkRow, offLink).isEmpty());
    QSignalSpy links(&view, &TimelineView::linkActivated);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, offLink);
    QCOMPARE(links.count(), 0);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, onLink);
    QCOMPARE(links.count(), 1);
    QCOMPARE(links.first().first().toString(), QStringLiteral("https://notes.example.org/tea"));
}

void TestTimelineView::aHugeBodyIsShownCutShort()
{
    Test::OfflineAccount alice;
    QVERIFY(alice.isOpen);
    const QString bob = QStringLiteral("bob@localhost");
    Message m;
    m.account = alice.config.jid;
    m.conversation = bob;
    m.sender = bob;
    m.messageId = QStringLiteral("huge");
    m.body = QStringLiteral("0123456789").repeated(1024 * 1024); // 10 MB of text
    m.serverTime = QDateTime::currentDateTimeUtc();
    bool stored = false;
    alice.store.store(m, &alice.store, [&](const StoreResult &) { stored = true; });
    QVERIFY(QTest::qWaitFor([&] { return stored; }, 20000));

    TimelineModel model;
    TimelineView view;
    view.resize(500, 400);
    view.setTimeline(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy positioned(&model, &TimelineModel::positioned);
    model.setConversation(alice.account->messageEvents(), bob);
    QVERIFY(positioned.wait(10000));
    const QModelIndex row = model.index(model.rowCount() - 1);
    // Kept whole (to copy), drawn cut short with a note.
    QCOMPARE(row.data(TimelineModel::BodyRole).toString().size(), m.body.size());
    const QString shown = row.data(TimelineModel::ShownBodyRole).toString();
    QVERIFY(shown.size() < TimelineModel::maxShownCharacters + 200);
    QVERIFY(shown.contains(QString::number(m.body.size() - TimelineModel::maxShownCharacters)));
    // Laid out and painted like any other row: a few hundred lines, not a million.
    QVERIFY2(
        view.visualRect(row).height() < 20000, qPrintable(QString::number(view.visualRect(row).height())));
    view.viewport()->repaint();
}

QTEST_MAIN(TestTimelineView)
#include "tst_timeline_view.moc"
