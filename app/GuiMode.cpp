#include "GuiMode.h"

#include "MainWindow.h"
#include "UnixSignalWatcher.h"
#include "account/Instance.h"
#include "ctl/ControlClient.h"
#include "ctl/ControlEndpoint.h"
#include "profile/Profile.h"

#include <QApplication>
#include <QJsonObject>
#include <QMessageBox>
#include <cstdio>
#include <memory>

using namespace Tandem;

namespace {
QString tr(const char *text)
{
    return QApplication::translate("GuiMode", text);
}
} // namespace

namespace GuiMode {

int run(const QString &profileDir, const QString &openUri)
{
    Profile profile(profileDir);
    QString error;
    if (!profile.lock(&error)) {
        // Hand over: the running instance shows its window, this one leaves.
        QJsonObject response;
        QString ctlError;
        const QJsonObject args { { QStringLiteral("open"), openUri } };
        if (ControlClient(profile.controlSocketPath())
                .request(QStringLiteral("raise"), args, &response, &ctlError, 5000)) {
            if (response.value(QStringLiteral("ok")).toBool())
                return 0;
            if (response.value(QStringLiteral("mode")).toString() == QLatin1String("headless"))
                error = tr("The profile %1 is in use by a headless Tandem (process %2), which has no "
                           "window. Stop it first, or start the window on another profile (--profile DIR).")
                            .arg(profile.directory())
                            .arg(response.value(QStringLiteral("pid")).toInt());
        }
        std::fprintf(stderr, "tandem: %s\n", qPrintable(error));
        // Nobody could see (or close) a dialog on the offscreen platform of tests and scripts.
        if (QGuiApplication::platformName() != QLatin1String("offscreen"))
            QMessageBox::critical(nullptr, tr("Tandem"), error);
        return 1;
    }
    Instance instance(&profile, Instance::Mode::Gui);
    ControlEndpoint control(&instance);
    MainWindow window(&instance);
    UnixSignalWatcher unixSignals;
    auto quit = [&instance] { instance.shutdown([] { QApplication::exit(0); }); };
    QObject::connect(&unixSignals, &UnixSignalWatcher::terminationRequested, &instance, quit);
    QObject::connect(&window, &MainWindow::quitRequested, &instance, quit);
    QObject::connect(&instance, &Instance::startFailed, &window, [&window](const QString &message) {
        QMessageBox::critical(&window, tr("Tandem cannot start"), message);
        QApplication::exit(1);
    });
    QObject::connect(&control, &ControlEndpoint::raiseRequested, &window, [&window](const QString &uri) {
        window.openUri(uri);
        window.show();
        window.raise();
        window.activateWindow();
    });
    window.show();
    window.openUri(openUri);
    instance.start([&control](QString *error) { return control.listen(error); });
    return QApplication::exec();
}

} // namespace GuiMode
