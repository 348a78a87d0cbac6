// ChatStateTracker: one "composing" when typing starts, "paused" after a pause or when emptied,
// nothing repeated, nothing after the message is sent.
#include "session/ChatStateTracker.h"

#include <QSignalSpy>
#include <QTest>

using namespace Tandem;

class TestChatStateTracker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typingThenPausing();
    void emptyingAndSending();
};

void TestChatStateTracker::typingThenPausing()
{
    ChatStateTracker tracker(100);
    QSignalSpy changed(&tracker, &ChatStateTracker::changed);
    tracker.edited(true);
    tracker.edited(true);
    tracker.edited(true);
    QCOMPARE(changed.count(), 1); // one stanza, however many keys
    QCOMPARE(changed.at(0).at(0).value<ChatState>(), ChatState::Composing);
    QVERIFY(changed.wait(1000));
    QCOMPARE(changed.at(1).at(0).value<ChatState>(), ChatState::Paused);
    tracker.edited(true); // typing again
    QCOMPARE(changed.count(), 3);
    QCOMPARE(tracker.state(), ChatState::Composing);
}

void TestChatStateTracker::emptyingAndSending()
{
    ChatStateTracker tracker(100);
    QSignalSpy changed(&tracker, &ChatStateTracker::changed);
    tracker.edited(false); // nothing was typed: nothing to say
    QCOMPARE(changed.count(), 0);
    tracker.edited(true);
    tracker.edited(false);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).value<ChatState>(), ChatState::Paused);
    tracker.edited(true);
    tracker.reset(); // sent
    QCOMPARE(tracker.state(), ChatState::None);
    QTest::qWait(250);
    QCOMPARE(changed.count(), 3); // no "paused" after the message went
}

QTEST_GUILESS_MAIN(TestChatStateTracker)
#include "tst_chat_state_tracker.moc"
