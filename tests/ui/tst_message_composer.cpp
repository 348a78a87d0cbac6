// The composer's keys: Enter sends, Shift+Enter breaks the line, Up in an empty composer edits
// the last message, Tab completes a nick only after a prefix and otherwise moves on; it grows
// with its text up to a few lines.
#include "models/NickCompletion.h"
#include "widgets/MessageComposer.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace Tandem;

class TestMessageComposer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void enterSendsShiftEnterBreaks();
    void upEditsTheLastMessage();
    void tabCompletesOnlyAfterAPrefix();
    void growsWithItsText();
};

void TestMessageComposer::enterSendsShiftEnterBreaks()
{
    MessageComposer composer;
    QSignalSpy submitted(&composer, &MessageComposer::submitted);
    QTest::keyClick(&composer, Qt::Key_Return); // nothing to send
    QCOMPARE(submitted.count(), 0);
    QTest::keyClicks(&composer, QStringLiteral("first line"));
    QTest::keyClick(&composer, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(&composer, QStringLiteral("second line  "));
    QTest::keyClick(&composer, Qt::Key_Enter);
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(submitted.first().first().toString(), QStringLiteral("first line\nsecond line"));
}

void TestMessageComposer::upEditsTheLastMessage()
{
    MessageComposer composer;
    QSignalSpy edit(&composer, &MessageComposer::editLastRequested);
    QTest::keyClick(&composer, Qt::Key_Up);
    QCOMPARE(edit.count(), 1);
    composer.setPlainText(QStringLiteral("a\nb"));
    QTest::keyClick(&composer, Qt::Key_Up); // moves the cursor in a composer with text
    QCOMPARE(edit.count(), 1);
}

void TestMessageComposer::tabCompletesOnlyAfterAPrefix()
{
    QWidget window;
    auto *composer = new MessageComposer;
    auto *next = new QLineEdit;
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(composer);
    layout->addWidget(next);
    NickCompletion nicks;
    nicks.setOccupants({ QStringLiteral("bob"), QStringLiteral("barbara"), QStringLiteral("alice") });
    nicks.setOwnNick(QStringLiteral("alice"));
    nicks.noteSpoke(QStringLiteral("barbara"));
    composer->setCompletion(&nicks);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    composer->setFocus();

    QTest::keyClicks(composer, QStringLiteral("b"));
    QTest::keyClick(composer, Qt::Key_Tab);
    QCOMPARE(composer->toPlainText(), QStringLiteral("barbara: ")); // the recent speaker first
    QTest::keyClick(composer, Qt::Key_Tab);
    QCOMPARE(composer->toPlainText(), QStringLiteral("bob: "));
    QTest::keyClicks(composer, QStringLiteral("thanks @ba"));
    QTest::keyClick(composer, Qt::Key_Tab);
    QCOMPARE(composer->toPlainText(), QStringLiteral("bob: thanks @barbara "));
    QVERIFY(composer->hasFocus());
    composer->clear();
    QTest::keyClicks(composer, QStringLiteral("see you "));
    QTest::keyClick(composer, Qt::Key_Tab); // no prefix before the cursor: focus moves on
    QVERIFY(next->hasFocus());
    QCOMPARE(composer->toPlainText(), QStringLiteral("see you "));
}

void TestMessageComposer::growsWithItsText()
{
    MessageComposer composer;
    composer.resize(300, composer.sizeHint().height());
    composer.show();
    const int oneLine = composer.sizeHint().height();
    composer.setPlainText(QStringLiteral("1\n2\n3"));
    const int threeLines = composer.sizeHint().height();
    QVERIFY2(threeLines > oneLine, qPrintable(QStringLiteral("%1 %2").arg(oneLine).arg(threeLines)));
    composer.setPlainText(QStringLiteral("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12"));
    const int many = composer.sizeHint().height();
    composer.setPlainText(QStringLiteral("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15"));
    QCOMPARE(composer.sizeHint().height(), many); // capped: it scrolls beyond
    QVERIFY(many > threeLines);
}

QTEST_MAIN(TestMessageComposer)
#include "tst_message_composer.moc"
