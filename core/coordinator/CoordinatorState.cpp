#include "coordinator/CoordinatorState.h"

#include "common/Logging.h"

#include <QSettings>

namespace Tandem {

namespace {
// QSettings treats '/' and '\' in keys as separators; a bare JID has neither, but be safe.
QString group(const QString &account)
{
    QString g = account;
    return g.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
}
QString gapsGroup(const QString &account)
{
    return group(account) + QStringLiteral("-gaps");
}

qint64 msOrMinus1(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}

QDateTime timeOrNull(const QString &text)
{
    bool ok = false;
    const qint64 ms = text.toLongLong(&ok);
    return ok && ms >= 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}
} // namespace

QHash<QString, CatchUpCursor> CoordinatorState::loadGaps(const QString &file, const QString &account)
{
    QHash<QString, CatchUpCursor> gaps;
    if (file.isEmpty())
        return gaps;
    QSettings settings(file, QSettings::IniFormat);
    settings.beginGroup(gapsGroup(account));
    for (const QString &room : settings.childKeys()) {
        // stanza-id, its time and the newest time, in ms (-1: none); the id may hold anything
        // but it comes last, so it is the rest of the value.
        const QString value = settings.value(room).toString();
        const QStringList parts = value.split(QLatin1Char(' '));
        if (parts.size() < 2)
            continue;
        CatchUpCursor cursor;
        cursor.serverTime = timeOrNull(parts[0]);
        cursor.newestTime = timeOrNull(parts[1]);
        cursor.stanzaId = value.section(QLatin1Char(' '), 2);
        gaps.insert(room, cursor);
    }
    return gaps;
}

bool CoordinatorState::saveGaps(
    const QString &file, const QString &account, const QHash<QString, CatchUpCursor> &gaps)
{
    if (file.isEmpty())
        return false;
    QSettings settings(file, QSettings::IniFormat);
    settings.remove(gapsGroup(account));
    settings.beginGroup(gapsGroup(account));
    for (auto it = gaps.cbegin(); it != gaps.cend(); ++it) {
        settings.setValue(it.key(),
            QStringLiteral("%1 %2 %3")
                .arg(msOrMinus1(it->serverTime))
                .arg(msOrMinus1(it->newestTime))
                .arg(it->stanzaId));
    }
    settings.endGroup();
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        qCWarning(lcCoordinator) << "cannot write" << file
                                 << ": open catch-up gaps will not survive a restart";
        return false;
    }
    return true;
}

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
