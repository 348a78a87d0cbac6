// tandem-screenshot: renders the main window over a real scene (ScreenshotScene) and saves PNGs,
// light and dark, at whatever QT_SCALE_FACTOR the caller set. README and AppStream screenshots
// come from here (the `screenshots` target), and tst_screenshots checks they show something.
#include "MainWindow.h"
#include "ScreenshotScene.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QPalette>
#include <QStyleFactory>
#include <QTest>
#include <QWidget>

#include <cstdio>

using namespace Tandem::Test;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x20, 0x23), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8d, 0x93));
    p.setColor(QPalette::Mid, QColor(0x45, 0x47, 0x4c));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

bool save(QWidget &window, const QString &path)
{
    QTest::qWait(600); // pages load from the database thread, then paint
    const bool ok = window.grab().save(path);
    std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "saved" : "cannot save", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    // As the tandem executable does: icons drawn at the scale factor's resolution.
    QApplication::setAttribute(Qt::AA_UseHighDpiPixmaps);
    QApplication app(argc, argv);
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        { QStringLiteral("output"), QStringLiteral("Directory for the PNGs."), QStringLiteral("dir") });
    parser.addOption({ QStringLiteral("prefix"), QStringLiteral("File name prefix."),
        QStringLiteral("prefix"), QStringLiteral("1x") });
    parser.addOption({ QStringLiteral("dark"), QStringLiteral("Also render in a dark palette.") });
    parser.process(app);
    const QString dir = parser.value(QStringLiteral("output"));
    if (dir.isEmpty() || !QDir().mkpath(dir)) {
        std::fprintf(stderr, "tandem-screenshot: --output DIR is required and must be writable\n");
        return 2;
    }
    const QString prefix = dir + QLatin1Char('/') + parser.value(QStringLiteral("prefix"));

    ScreenshotScene scene;
    QString error;
    if (!scene.start(&error)) {
        std::fprintf(stderr, "tandem-screenshot: %s\n", qPrintable(error));
        return 1;
    }
    MainWindow window(scene.instance());
    window.resize(1100, 700);
    window.show();
    if (!scene.converse(&error)) {
        std::fprintf(stderr, "tandem-screenshot: %s\n", qPrintable(error));
        return 1;
    }
    bool ok = true;
    window.openUri(QStringLiteral("xmpp:") + scene.room() + QStringLiteral("?join"));
    ok &= save(window, prefix + QStringLiteral("-room.png"));
    window.openUri(QStringLiteral("xmpp:") + scene.peer());
    ok &= save(window, prefix + QStringLiteral("-chat.png"));
    if (parser.isSet(QStringLiteral("dark"))) {
        QApplication::setPalette(darkPalette());
        window.openUri(QStringLiteral("xmpp:") + scene.room() + QStringLiteral("?join"));
        ok &= save(window, prefix + QStringLiteral("-room-dark.png"));
    }
    return ok ? 0 : 1;
}
