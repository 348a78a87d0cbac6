// The action icons (Icons): each of our SVGs loads and draws something at 16 px, at 1x and, from
// the SVG itself rather than a scaled bitmap, at 2x; it is drawn in the palette's text colour
// (light in a dark palette, dark in a light one); a theme that has the freedesktop name wins; and
// the window's buttons, filter lines and menus carry icons, drawn again when the palette changes.
// Runs at QT_SCALE_FACTOR=2 (set in main) so that the window's device pixel ratio is 2.
#include "MainWindow.h"
#include "OfflineAccount.h"
#include "account/Instance.h"
#include "models/ConversationListModel.h"
#include "profile/Profile.h"
#include "widgets/ConversationListView.h"
#include "widgets/Icons.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Tandem;

Q_DECLARE_METATYPE(Tandem::Icons::Name)

namespace {

QPalette lightPalette()
{
    QPalette p(QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

QPalette darkPalette()
{
    QPalette p(QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1f, 0x20, 0x23));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

/// Pixels at least half opaque.
int opaquePixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) >= 128;
    }
    return count;
}

/// The mean lightness (0–255) of the opaque pixels; -1 if there are none.
int opaqueLightness(const QImage &image)
{
    qint64 sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() >= 200) {
                sum += c.lightness();
                ++count;
            }
        }
    }
    return count ? int(sum / count) : -1;
}

/// `icon` at a logical 16 px, as a QIcon hands it to a style, at device pixel ratio 1 or 2.
QPixmap at(const QIcon &icon, qreal ratio, QIcon::Mode mode = QIcon::Normal)
{
    // Without high-DPI pixmaps QIcon asks for logical pixels, at 1x.
    QCoreApplication::setAttribute(Qt::AA_UseHighDpiPixmaps, ratio > 1);
    const QPixmap pixmap = icon.pixmap(QSize(16, 16), mode);
    QCoreApplication::setAttribute(Qt::AA_UseHighDpiPixmaps, true);
    return pixmap;
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyIconDrawsAt1xAnd2x_data();
    void everyIconDrawsAt1xAnd2x();
    void drawnInThePalettesTextColour_data();
    void drawnInThePalettesTextColour();
    void themeIconWins();
    void windowShowsIcons();
    void windowIconsFollowThePalette();
    void conversationMenuShowsIcons();

private:
    static void addIconRows();
};

void TestIcons::initTestCase()
{
    QCOMPARE(qApp->devicePixelRatio(), 2.0);
    QCOMPARE(Icons::all().size(), 20);
}

void TestIcons::addIconRows()
{
    QTest::addColumn<Icons::Name>("name");
    for (Icons::Name name : Icons::all())
        QTest::newRow(qPrintable(Icons::resourcePath(name).section(QLatin1Char('/'), -1))) << name;
}

void TestIcons::everyIconDrawsAt1xAnd2x_data()
{
    addIconRows();
}

void TestIcons::everyIconDrawsAt1xAnd2x()
{
    QFETCH(Icons::Name, name);
    QVERIFY2(QFile::exists(Icons::resourcePath(name)), qPrintable(Icons::resourcePath(name)));
    const QIcon icon = Icons::symbolic(name, lightPalette());
    QVERIFY(!icon.isNull());

    const QPixmap one = at(icon, 1);
    QCOMPARE(one.size(), QSize(16, 16));
    QCOMPARE(one.devicePixelRatio(), 1.0);
    const QImage oneImage = one.toImage();
    QVERIFY2(opaquePixels(oneImage) >= 8, "blank at 1x (are the Qt SVG plugins installed?)");

    const QPixmap two = at(icon, 2);
    QCOMPARE(two.size(), QSize(32, 32));
    QCOMPARE(two.devicePixelRatio(), 2.0);
    const QImage twoImage = two.toImage().convertToFormat(QImage::Format_ARGB32);
    QVERIFY(opaquePixels(twoImage) >= 4 * 8);
    // Drawn from the SVG at 32 px: not the 16 px bitmap blown up.
    const QImage blownUp = oneImage.scaled(32, 32, Qt::IgnoreAspectRatio, Qt::FastTransformation)
                               .convertToFormat(QImage::Format_ARGB32);
    QVERIFY(twoImage != blownUp);

    // Painted straight onto a 2x surface (as a delegate does), it is drawn at 2x as well.
    QImage surface(32, 32, QImage::Format_ARGB32_Premultiplied);
    surface.setDevicePixelRatio(2);
    surface.fill(Qt::transparent);
    {
        QPainter painter(&surface);
        icon.paint(&painter, QRect(0, 0, 16, 16));
    }
    QImage painted = surface.convertToFormat(QImage::Format_ARGB32);
    painted.setDevicePixelRatio(1);
    QImage reference = twoImage;
    reference.setDevicePixelRatio(1);
    QCOMPARE(painted, reference);
}

void TestIcons::drawnInThePalettesTextColour_data()
{
    addIconRows();
}

void TestIcons::drawnInThePalettesTextColour()
{
    QFETCH(Icons::Name, name);
    for (qreal ratio : { 1.0, 2.0 }) {
        const int onLight = opaqueLightness(at(Icons::symbolic(name, lightPalette()), ratio).toImage());
        QVERIFY2(onLight >= 0 && onLight < 80, qPrintable(QString::number(onLight)));
        const int onDark = opaqueLightness(at(Icons::symbolic(name, darkPalette()), ratio).toImage());
        QVERIFY2(onDark > 180, qPrintable(QString::number(onDark)));
        // A selected row is drawn in HighlightedText, whatever the palette.
        const int selected
            = opaqueLightness(at(Icons::symbolic(name, lightPalette()), ratio, QIcon::Selected).toImage());
        QVERIFY2(selected > 230, qPrintable(QString::number(selected)));
        // In a menu the highlighted row is Active.
        const int highlighted = opaqueLightness(
            at(Icons::symbolic(name, lightPalette(), Icons::Use::Menu), ratio, QIcon::Active).toImage());
        QVERIFY2(highlighted > 230, qPrintable(QString::number(highlighted)));
    }
}

void TestIcons::themeIconWins()
{
    // A theme with only edit-find, a red square.
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.path() + QStringLiteral("/tandem-test/16x16/actions")));
    QFile index(dir.path() + QStringLiteral("/tandem-test/index.theme"));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("[Icon Theme]\nName=tandem-test\nDirectories=16x16/actions\n\n"
                "[16x16/actions]\nSize=16\nContext=Actions\nType=Fixed\n");
    index.close();
    QImage red(16, 16, QImage::Format_ARGB32);
    red.fill(Qt::red);
    QVERIFY(red.save(dir.path() + QStringLiteral("/tandem-test/16x16/actions/edit-find.png")));
    const QStringList paths = QIcon::themeSearchPaths();
    const QString theme = QIcon::themeName();
    QIcon::setThemeSearchPaths({ dir.path() });
    QIcon::setThemeName(QStringLiteral("tandem-test"));

    const QIcon search = Icons::get(Icons::Search, lightPalette());
    const QString searchName = search.name();
    const QColor drawn = at(search, 1).toImage().pixelColor(8, 8);
    // Ours where the theme has nothing, and where the theme's name means something else.
    const QIcon anchor = Icons::get(Icons::Anchor, darkPalette());
    const int anchorLightness = opaqueLightness(at(anchor, 1).toImage());
    QIcon::setThemeSearchPaths(paths);
    QIcon::setThemeName(theme);

    QCOMPARE(Icons::themeName(Icons::Search), QStringLiteral("edit-find"));
    QCOMPARE(searchName, QStringLiteral("edit-find"));
    QCOMPARE(drawn, QColor(Qt::red));
    QVERIFY(Icons::themeName(Icons::Anchor).isEmpty());
    QVERIFY2(anchorLightness > 180, qPrintable(QString::number(anchorLightness)));
}

void TestIcons::windowShowsIcons()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    QString error;
    QVERIFY(profile.lock(&error));
    Instance instance(&profile, Instance::Mode::Gui);
    MainWindow window(&instance);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    for (const char *name :
        { "jumpToLatest", "jumpToUnread", "roomMenu", "occupantHeader", "deviceStatus" }) {
        auto *button = window.findChild<QToolButton *>(QString::fromLatin1(name));
        QVERIFY2(button, name);
        QVERIFY2(!button->icon().isNull(), name);
        QVERIFY2(!button->accessibleName().isEmpty(), name);
        QVERIFY2(button->toolButtonStyle() != Qt::ToolButtonTextOnly, name);
    }
    QCOMPARE(window.findChild<QToolButton *>(QStringLiteral("roomMenu"))->accessibleName(),
        QStringLiteral("Room actions"));
    for (const char *name : { "newChat", "conversationFilter", "occupantFilter" }) {
        auto *line = window.findChild<QLineEdit *>(QString::fromLatin1(name));
        QVERIFY2(line, name);
        QVERIFY2(!line->actions().isEmpty() && !line->actions().first()->icon().isNull(), name);
    }
    QStringList withIcons;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (!action->icon().isNull())
                withIcons << action->text();
        }
    }
    for (const QString &text : { QStringLiteral("&New Chat…"), QStringLiteral("&Join a Group Chat…"),
             QStringLiteral("&Go to Conversation…"), QStringLiteral("&Find in Conversation…"),
             QStringLiteral("&Search All Messages…"), QStringLiteral("Make This Device the &Anchor") })
        QVERIFY2(withIcons.contains(text), qPrintable(text + QStringLiteral(" has no icon")));
}

void TestIcons::windowIconsFollowThePalette()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    QString error;
    QVERIFY(profile.lock(&error));
    Instance instance(&profile, Instance::Mode::Gui);
    MainWindow window(&instance);
    const QPalette original = QApplication::palette();
    QApplication::setPalette(lightPalette());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The device indicator's icons are ours only (no theme names them).
    auto *devices = window.findChild<QToolButton *>(QStringLiteral("deviceStatus"));
    QVERIFY(devices);
    const auto lightness = [devices] {
        const QPixmap pixmap = devices->icon().pixmap(devices->windowHandle(), QSize(16, 16));
        return opaqueLightness(pixmap.toImage());
    };
    const QPixmap shown = devices->icon().pixmap(devices->windowHandle(), QSize(16, 16));
    QCOMPARE(shown.size(), QSize(32, 32));
    // No account, so no connection: the offline icon, beside the words.
    QCOMPARE(shown.toImage(),
        Icons::symbolic(Icons::Offline, lightPalette())
            .pixmap(devices->windowHandle(), QSize(16, 16))
            .toImage());
    QVERIFY(!devices->text().isEmpty());
    QCOMPARE(devices->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    QVERIFY2(lightness() >= 0 && lightness() < 80, qPrintable(QString::number(lightness())));
    QApplication::setPalette(darkPalette());
    QTRY_VERIFY2(lightness() > 180, qPrintable(QString::number(lightness())));
    QApplication::setPalette(lightPalette());
    QTRY_VERIFY2(lightness() >= 0 && lightness() < 80, qPrintable(QString::number(lightness())));
    // The menus too, drawn on their own palette.
    QAction *newChat = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions())
            newChat = action->text() == QStringLiteral("&New Chat…") ? action : newChat;
    }
    QVERIFY(newChat);
    QApplication::setPalette(darkPalette());
    QTRY_VERIFY(opaqueLightness(newChat->icon().pixmap(QSize(16, 16)).toImage()) > 180);
    QApplication::setPalette(original);
}

void TestIcons::conversationMenuShowsIcons()
{
    Test::OfflineAccount alice;
    QVERIFY(alice.isOpen);
    QVERIFY(alice.send(QStringLiteral("bob@localhost"), QStringLiteral("hello")));
    ConversationListModel model;
    ConversationListView list(&model);
    list.addAccount(alice.account.get());
    list.show();
    QTRY_COMPARE_WITH_TIMEOUT(list.listView()->model()->rowCount(), 1, 5000);

    QStringList withIcons, without;
    // The menu runs its own loop: read from inside it.
    QTimer::singleShot(50, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator())
                (action->icon().isNull() ? without : withIcons) << action->text();
        }
        menu->close();
    });
    QListView *view = list.listView();
    Q_EMIT view->customContextMenuRequested(view->visualRect(view->model()->index(0, 0)).center());
    QVERIFY2(withIcons.contains(QStringLiteral("Pin")), qPrintable(withIcons.join(QLatin1Char(','))));
    QVERIFY(withIcons.contains(QStringLiteral("Mute for 1 Hour")));
    QVERIFY(withIcons.contains(QStringLiteral("Close Chat")));
}

int main(int argc, char **argv)
{
    // A 2x screen for the window; the 1x pixmaps are asked for without high-DPI pixmaps.
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication::setAttribute(Qt::AA_UseHighDpiPixmaps);
    QApplication app(argc, argv);
    TestIcons test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_icons.moc"
