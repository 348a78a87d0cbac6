#include "RepairCommand.h"

#include "profile/Profile.h"
#include "storage/DatabaseRepair.h"

#include <QCoreApplication>
#include <QDateTime>
#include <cstdio>

using namespace Tandem;

// Helpers inside the named namespace, so that lupdate files their tr() under "RepairCommand".
namespace RepairCommand {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RepairCommand", text);
}
} // namespace

int run(const QString &profileDir, const QStringList &arguments)
{
    if (arguments.size() > 1) {
        std::fprintf(stderr, "tandem: %s\n", qPrintable(tr("Usage: tandem [--profile DIR] repair")));
        return 2;
    }
    Profile profile(profileDir);
    // The lock keeps a running Tandem (or a second repair) off the file while it is replaced.
    QString error;
    if (!profile.lock(&error)) {
        std::fprintf(stderr, "tandem: %s %s\n", qPrintable(error),
            qPrintable(tr("Quit it before repairing its database.")));
        return 1;
    }
    const DatabaseRepair::Result result
        = DatabaseRepair::repair(profile.databasePath(), QDateTime::currentDateTimeUtc());
    if (result.error.isError()) {
        std::fprintf(stderr, "tandem: %s\n", qPrintable(result.summary()));
        return 1;
    }
    std::printf("%s\n", qPrintable(result.summary()));
    return 0;
}

} // namespace RepairCommand
