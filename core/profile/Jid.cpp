#include "profile/Jid.h"

#include <QCoreApplication>

namespace Tandem::Jid {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Tandem::Jid", text);
}
} // namespace

bool isValidBare(const QString &jid, QString *why)
{
    auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (jid.isEmpty())
        return fail(tr("The address is empty."));
    if (jid.contains(QLatin1Char('/')))
        return fail(tr("The address must not contain a resource (the part after '/')."));
    const int at = jid.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != jid.lastIndexOf(QLatin1Char('@')))
        return fail(tr("The address must look like name@server."));
    const QString local = jid.left(at);
    const QString domain = jid.mid(at + 1);
    if (domain.isEmpty() || domain.startsWith(QLatin1Char('.')) || domain.endsWith(QLatin1Char('.'))
        || domain.contains(QStringLiteral("..")))
        return fail(tr("The server part of the address is not a valid domain."));
    // RFC 7622 §3.3.1: these are never allowed in a local part.
    static const QString forbidden = QStringLiteral("\"&'/:<>@ ");
    for (const QChar c : local) {
        if (forbidden.contains(c) || c.category() == QChar::Other_Control)
            return fail(tr("The name part of the address contains '%1', which is not allowed.").arg(c));
    }
    for (const QChar c : domain) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c == QLatin1Char('@'))
            return fail(tr("The server part of the address contains an invalid character."));
    }
    if (local.toUtf8().size() > 1023 || domain.toUtf8().size() > 1023)
        return fail(tr("The address is too long."));
    return true;
}

QString bare(const QString &jid)
{
    const int slash = jid.indexOf(QLatin1Char('/'));
    return (slash < 0 ? jid : jid.left(slash)).toLower();
}

QString resource(const QString &jid)
{
    const int slash = jid.indexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : jid.mid(slash + 1);
}

} // namespace Tandem::Jid
