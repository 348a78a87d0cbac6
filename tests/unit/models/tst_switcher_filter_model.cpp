// SwitcherFilterModel over a list of conversations: what matches, in which order, and that the
// proxy stays a correct model (QAbstractItemModelTester) while the query and the source change.
#include "models/SwitcherFilterModel.h"

#include <QAbstractItemModelTester>
#include <QStandardItemModel>
#include <QTest>

using namespace Tandem;

namespace {
constexpr int JidRole = Qt::UserRole + 1;

void add(QStandardItemModel &model, const QString &name, const QString &jid)
{
    auto *item = new QStandardItem(name);
    item->setData(jid, JidRole);
    model.appendRow(item);
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, 0).data().toString();
    return result;
}
} // namespace

class TestSwitcherFilterModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scores();
    void ranksMatchesAndKeepsRecentOrder();
};

void TestSwitcherFilterModel::scores()
{
    const auto s = &SwitcherFilterModel::score;
    QCOMPARE(s(QStringLiteral("Bob"), QStringLiteral("bob"), true), 0);
    QVERIFY(s(QStringLiteral("bobby"), QStringLiteral("bob"), true)
        < s(QStringLiteral("the bob"), QStringLiteral("bob"), true));
    QVERIFY(s(QStringLiteral("the bob"), QStringLiteral("bob"), true)
        < s(QStringLiteral("thebob"), QStringLiteral("bob"), true));
    QVERIFY(s(QStringLiteral("thebob"), QStringLiteral("bob"), true)
        < s(QStringLiteral("b-o-b"), QStringLiteral("bob"), true));
    QCOMPARE(s(QStringLiteral("alice"), QStringLiteral("bob"), true), -1);
    QVERIFY(s(QStringLiteral("tandem-dev"), QStringLiteral("tdv"), true) >= 0);
    QVERIFY(s(QStringLiteral("dev"), QStringLiteral("dev"), true)
        < s(QStringLiteral("dev"), QStringLiteral("dev"), false));
    QCOMPARE(s(QStringLiteral("anything"), QString(), true), 0);
}

void TestSwitcherFilterModel::ranksMatchesAndKeepsRecentOrder()
{
    QStandardItemModel source;
    SwitcherFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setTextRoles({ Qt::DisplayRole, JidRole });
    proxy.setSourceModel(&source);
    // Source order is most recent first.
    add(source, QStringLiteral("Release planning"), QStringLiteral("release@conference.example.org"));
    add(source, QStringLiteral("Dev"), QStringLiteral("dev@conference.example.org"));
    add(source, QStringLiteral("Bob"), QStringLiteral("bob@example.org"));
    add(source, QStringLiteral("tandem-dev"), QStringLiteral("tandem-dev@conference.example.org"));
    QCOMPARE(names(proxy),
        (QStringList { QStringLiteral("Release planning"), QStringLiteral("Dev"), QStringLiteral("Bob"),
            QStringLiteral("tandem-dev") }));

    proxy.setQuery(QStringLiteral("dev"));
    QCOMPARE(names(proxy), (QStringList { QStringLiteral("Dev"), QStringLiteral("tandem-dev") }));
    proxy.setQuery(QStringLiteral("example.org")); // only the addresses match, all alike: recent first
    QCOMPARE(proxy.rowCount(), 4);
    QCOMPARE(names(proxy).first(), QStringLiteral("Release planning"));
    proxy.setQuery(QStringLiteral("rp")); // letters in order
    QCOMPARE(names(proxy), (QStringList { QStringLiteral("Release planning") }));
    proxy.setQuery(QStringLiteral("zzz"));
    QCOMPARE(proxy.rowCount(), 0);

    proxy.setQuery(QStringLiteral("b"));
    add(source, QStringLiteral("barbara"), QStringLiteral("barbara@example.org")); // arrives while filtering
    QCOMPARE(names(proxy), (QStringList { QStringLiteral("Bob"), QStringLiteral("barbara") }));
}

QTEST_GUILESS_MAIN(TestSwitcherFilterModel)
#include "tst_switcher_filter_model.moc"
