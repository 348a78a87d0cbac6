#include "coordinator/CoordinatorState.h"

#include "Logging.h"

#include <QSettings>

namespace Tandem {

namespace {
// QSettings treats '/' and '\' in keys as separators; a bare JID has neither, but be safe.
QString group(const QString &account)
{
    QString g = account;
    return g.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
}
} // namespace

CoordinatorState CoordinatorState::load(const QString &file, const QString &account)
{
    CoordinatorState state;
    if (file.isEmpty())
        return state;
    QSettings settings(file, QSettings::IniFormat);
    settings.beginGroup(group(account));
    state.highestTerm = settings.value(QStringLiteral("highest_term"), 0).toULongLong();
    state.preference = settings.value(QStringLiteral("anchor_preference"), 0).toLongLong();
    if (settings.status() != QSettings::NoError)
        qCWarning(lcCoordinator) << "cannot read" << file << ": starting from term 0";
    return state;
}

bool CoordinatorState::save(const QString &file, const QString &account, const CoordinatorState &state)
{
    if (file.isEmpty())
        return false;
    QSettings settings(file, QSettings::IniFormat);
    settings.beginGroup(group(account));
    settings.setValue(QStringLiteral("highest_term"), state.highestTerm);
    settings.setValue(QStringLiteral("anchor_preference"), state.preference);
    settings.endGroup();
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        qCWarning(lcCoordinator) << "cannot write" << file << ": the term and anchor preference will not "
                                 << "survive a restart";
        return false;
    }
    return true;
}

} // namespace Tandem
