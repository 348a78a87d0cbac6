// The quick switcher: typing narrows the list, Enter opens the best match, the arrows pick
// another, a full address nobody has talked to opens a new chat, Esc closes; every control named.
#include "AccessibleNames.h"
#include "widgets/QuickSwitcher.h"

#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace Tandem;
using namespace Tandem::Test;

namespace {
constexpr int JidRole = Qt::UserRole + 1;
constexpr int AccountRole = Qt::UserRole + 2;
} // namespace

class TestQuickSwitcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typeAndGo();
};

void TestQuickSwitcher::typeAndGo()
{
    QStandardItemModel conversations;
    for (const auto &[name, jid] : { std::pair { "Release planning", "release@conference.example.org" },
             std::pair { "Dev", "dev@conference.example.org" }, std::pair { "Bob", "bob@example.org" },
             std::pair { "tandem-dev", "tandem-dev@conference.example.org" } }) {
        auto *item = new QStandardItem(QString::fromLatin1(name));
        item->setData(QString::fromLatin1(jid), JidRole);
        conversations.appendRow(item);
    }
    QWidget parent;
    parent.resize(800, 600);
    parent.show();
    // The same address in a second account.
    auto *workBob = new QStandardItem(QStringLiteral("Bob at work"));
    workBob->setData(QStringLiteral("bob@example.org"), JidRole);
    workBob->setData(QStringLiteral("me@work.example"), AccountRole);
    conversations.appendRow(workBob);
    QuickSwitcher switcher(&conversations, Qt::DisplayRole, JidRole, &parent);
    switcher.setAccountRole(AccountRole);
    QSignalSpy chosen(&switcher, &QuickSwitcher::chosen);
    switcher.popUp();
    QVERIFY(QTest::qWaitForWindowActive(&switcher));
    auto *input = switcher.findChild<QLineEdit *>();
    auto *list = switcher.findChild<QListView *>();
    QVERIFY(input && list);
    QTRY_VERIFY(input->hasFocus());
    QAccessible::setActive(true);
    QVERIFY2(
        unnamedControls(&switcher).isEmpty(), qPrintable(unnamedControls(&switcher).join(QLatin1Char('\n'))));
    QCOMPARE(list->model()->rowCount(), 5);

    QTest::keyClicks(input, QStringLiteral("dev"));
    QCOMPARE(list->model()->rowCount(), 2);
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.takeFirst().first().toString(), QStringLiteral("dev@conference.example.org"));
    QVERIFY(!switcher.isVisible());

    switcher.popUp();
    QCOMPARE(input->text(), QString()); // opens empty
    QTest::keyClicks(input, QStringLiteral("dev"));
    QTest::keyClick(input, Qt::Key_Down);
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(chosen.takeFirst().first().toString(), QStringLiteral("tandem-dev@conference.example.org"));

    switcher.popUp();
    QTest::keyClicks(input, QStringLiteral("carol@example.org"));
    QCOMPARE(list->model()->rowCount(), 0);
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(chosen.takeFirst().first().toString(), QStringLiteral("carol@example.org"));

    // A row of the second account opens that account's conversation, not the first's.
    switcher.popUp();
    QTest::keyClicks(input, QStringLiteral("at work"));
    QCOMPARE(list->model()->rowCount(), 1);
    QTest::keyClick(input, Qt::Key_Return);
    const QList<QVariant> work = chosen.takeFirst();
    QCOMPARE(work.at(0).toString(), QStringLiteral("bob@example.org"));
    QCOMPARE(work.at(1).toString(), QStringLiteral("me@work.example"));

    switcher.popUp();
    QTest::keyClicks(input, QStringLiteral("not an address"));
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(chosen.count(), 0); // nothing to open: stays, with a hint
    QVERIFY(switcher.isVisible());
    QTest::keyClick(input, Qt::Key_Escape);
    QVERIFY(!switcher.isVisible());
}

QTEST_MAIN(TestQuickSwitcher)
#include "tst_quick_switcher.moc"
