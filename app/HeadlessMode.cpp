#include "HeadlessMode.h"

#include "UnixSignalWatcher.h"
#include "account/Account.h"
#include "account/Instance.h"
#include "ctl/ControlEndpoint.h"
#include "profile/Profile.h"

#include <QCoreApplication>
#include <cstdio>

using namespace Tandem;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("HeadlessMode", text);
}
} // namespace

namespace HeadlessMode {

int run(const QString &profileDir)
{
    Profile profile(profileDir);
    QString error;
    if (!profile.lock(&error)) {
        std::fprintf(stderr, "tandem: %s\n", qPrintable(error));
        return 1;
    }
    Instance instance(&profile, Instance::Mode::Headless);
    ControlEndpoint control(&instance);
    UnixSignalWatcher unixSignals;
    bool stopping = false;
    QObject::connect(&unixSignals, &UnixSignalWatcher::terminationRequested, &instance, [&](int) {
        if (stopping)
            return;
        stopping = true;
        std::fprintf(stderr, "tandem: %s\n", qPrintable(tr("shutting down")));
        instance.shutdown([] { QCoreApplication::exit(0); });
    });
    QObject::connect(&instance, &Instance::startFailed, [](const QString &message) {
        std::fprintf(stderr, "tandem: %s\n", qPrintable(message));
        QCoreApplication::exit(1);
    });
    QObject::connect(&instance, &Instance::storageFailed, [](const QString &message) {
        std::fprintf(stderr, "tandem: %s %s\n", qPrintable(tr("storage error:")), qPrintable(message));
    });
    QObject::connect(&instance, &Instance::started, [&] {
        for (Account *account : instance.accounts()) {
            QObject::connect(account, &Account::errorOccurred, account, [account](const ConnectionError &e) {
                std::fprintf(stderr, "tandem: %s: %s\n", qPrintable(account->jid()), qPrintable(e.message()));
            });
        }
        if (instance.accounts().isEmpty())
            std::fprintf(stderr, "tandem: %s\n",
                qPrintable(tr("no account configured; add one with 'tandem --profile %1 account add'")
                               .arg(profile.directory())));
        std::printf("%s\n",
            qPrintable(tr("Tandem is running headless on profile %1 as %2. Try: tandem --profile "
                          "%1 ctl status")
                           .arg(profile.directory(), profile.resource())));
        std::fflush(stdout);
    });
    instance.start([&control](QString *error) { return control.listen(error); });
    return QCoreApplication::exec();
}

} // namespace HeadlessMode
