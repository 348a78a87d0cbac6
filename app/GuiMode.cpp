#include "GuiMode.h"

#include "Instance.h"
#include "MainWindow.h"
#include "UnixSignalWatcher.h"
#include "ctl/ControlClient.h"
#include "profile/Profile.h"

#include <QApplication>
#include <QJsonObject>
#include <QMessageBox>
#include <memory>

using namespace Tandem;

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
                .request(QStringLiteral("raise"), args, &response, &ctlError, 5000)
            && response.value(QStringLiteral("ok")).toBool())
            return 0;
        QMessageBox::critical(nullptr, QApplication::translate("GuiMode", "Tandem"), error);
        return 1;
    }
    Instance instance(&profile, Instance::Mode::Gui);
    MainWindow window(&instance);
    UnixSignalWatcher unixSignals;
    auto quit = [&instance] { instance.shutdown([] { QApplication::exit(0); }); };
    QObject::connect(&unixSignals, &UnixSignalWatcher::terminationRequested, &instance, quit);
    QObject::connect(&window, &MainWindow::quitRequested, &instance, quit);
    QObject::connect(&instance, &Instance::startFailed, &window, [&window](const QString &message) {
        QMessageBox::critical(&window, QApplication::translate("GuiMode", "Tandem cannot start"), message);
        QApplication::exit(1);
    });
    QObject::connect(&instance, &Instance::raiseRequested, &window, [&window](const QString &uri) {
        window.openUri(uri);
        window.show();
        window.raise();
        window.activateWindow();
    });
    window.show();
    window.openUri(openUri);
    instance.start();
    return QApplication::exec();
}

} // namespace GuiMode
