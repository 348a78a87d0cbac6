// What the user reads goes through the translator; the stable codes of `ctl --json` do not.
// A translator that brackets every string it is asked for shows which is which.
#include "account/Account.h"
#include "ctl/StatusText.h"
#include "xmpp/BookmarksManager0402.h"
#include "xmpp/IqTracker.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QXmppClient.h>

using namespace Tandem;

namespace {
class BracketingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return QStringLiteral("«%1»").arg(QString::fromUtf8(source));
    }
};
} // namespace

class TestUserText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QCoreApplication::installTranslator(&m_translator); }
    void cleanupTestCase() { QCoreApplication::removeTranslator(&m_translator); }
    void statusWordsAreTranslatedCodesAreNot();
    void bookmarkErrorsAreTranslated();
    void requestOutcomesAreTranslated();

private:
    BracketingTranslator m_translator;
};

void TestUserText::statusWordsAreTranslatedCodesAreNot()
{
    QCOMPARE(Account::stateName(Account::State::Online), QStringLiteral("online"));
    QCOMPARE(
        StatusText::accountState(Account::stateName(Account::State::Online)), QStringLiteral("«online»"));
    QCOMPARE(StatusText::role(QStringLiteral("anchor")), QStringLiteral("«anchor»"));
    QCOMPARE(StatusText::role(QStringLiteral("sibling")), QStringLiteral("«sibling»"));
    QCOMPARE(StatusText::roomState(QStringLiteral("joined")), QStringLiteral("«joined»"));
    QCOMPARE(StatusText::leftReason(QStringLiteral("banned")), QStringLiteral("«banned»"));
    QCOMPARE(StatusText::deliveryState(QStringLiteral("failed")), QStringLiteral("«not delivered»"));
    // A code from a newer instance is shown as it is.
    QCOMPARE(StatusText::role(QStringLiteral("observer")), QStringLiteral("observer"));
}

void TestUserText::bookmarkErrorsAreTranslated()
{
    QXmppClient client;
    auto *bookmarks = new BookmarksManager0402;
    client.addExtension(bookmarks);
    QSignalSpy errors(bookmarks, &BookmarksManager0402::errorOccurred);
    RoomBookmark bookmark;
    bookmark.jid = QStringLiteral("tea@conference.localhost");
    bookmarks->setBookmark(bookmark); // offline: fails at once
    QCOMPARE(errors.size(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("«Bookmarks»")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("«not connected»")), qPrintable(message));
}

void TestUserText::requestOutcomesAreTranslated()
{
    IqResponse response;
    response.outcome = IqResponse::Outcome::Timeout;
    QVERIFY(response.describe().startsWith(QStringLiteral("«")));
    // The server's own error condition is a protocol term, kept as sent.
    response.outcome = IqResponse::Outcome::Error;
    response.condition = QStringLiteral("item-not-found");
    QCOMPARE(response.describe(), QStringLiteral("item-not-found"));
}

QTEST_GUILESS_MAIN(TestUserText)
#include "tst_user_text.moc"
