#include "xmpp/MucPresence.h"

#include "profile/Jid.h"

#include <QDomElement>

namespace Tandem {

namespace {
const QString nsMucUser = QStringLiteral("http://jabber.org/protocol/muc#user");
const QString nsStanzas = QStringLiteral("urn:ietf:params:xml:ns:xmpp-stanzas");

QDomElement child(const QDomElement &parent, const QString &name, const QString &ns = {})
{
    for (QDomElement e = parent.firstChildElement(name); !e.isNull(); e = e.nextSiblingElement(name)) {
        if (ns.isEmpty() || e.namespaceURI() == ns)
            return e;
    }
    return {};
}
} // namespace

QString MucPresence::stanzaError(const QDomElement &stanza, QString *text)
{
    QString condition;
    const QDomElement error = child(stanza, QStringLiteral("error"));
    for (QDomElement c = error.firstChildElement(); !c.isNull(); c = c.nextSiblingElement()) {
        if (c.namespaceURI() != nsStanzas)
            continue;
        if (c.tagName() == QLatin1String("text")) {
            if (text)
                *text = c.text();
        } else if (condition.isEmpty()) {
            condition = c.tagName();
        }
    }
    return condition.isEmpty() ? QStringLiteral("undefined-condition") : condition;
}

bool MucPresence::parse(const QDomElement &presence, MucPresence *out, QString *why)
{
    auto fail = [why](const char *reason) {
        if (why)
            *why = QString::fromLatin1(reason);
        return false;
    };
    if (presence.tagName() != QLatin1String("presence"))
        return fail("not a presence");
    const QString from = presence.attribute(QStringLiteral("from"));
    const int slash = from.indexOf(QLatin1Char('/'));
    MucPresence p;
    p.room = Jid::bare(from);
    p.nick = slash < 0 ? QString() : from.mid(slash + 1);
    if (!p.room.contains(QLatin1Char('@')))
        return fail("not from a room");

    const QString type = presence.attribute(QStringLiteral("type"));
    if (type == QLatin1String("error")) {
        p.type = Type::Error;
        p.errorCondition = stanzaError(presence, &p.errorText);
        *out = p;
        return true;
    }
    if (!type.isEmpty() && type != QLatin1String("unavailable"))
        return fail("not an occupant presence");
    if (p.nick.isEmpty())
        return fail("no occupant nick");
    p.type = type.isEmpty() ? Type::Available : Type::Unavailable;

    p.show = presence.firstChildElement(QStringLiteral("show")).text().trimmed();

    const QDomElement x = child(presence, QStringLiteral("x"), nsMucUser);
    if (x.isNull())
        return fail("no muc#user payload");
    const QDomElement item = child(x, QStringLiteral("item"), nsMucUser);
    if (!item.isNull()) {
        p.realJid = item.attribute(QStringLiteral("jid"));
        p.role = item.attribute(QStringLiteral("role"));
        p.affiliation = item.attribute(QStringLiteral("affiliation"));
        p.newNick = item.attribute(QStringLiteral("nick"));
        p.reason = child(item, QStringLiteral("reason"), nsMucUser).text();
        p.actor = child(item, QStringLiteral("actor"), nsMucUser).attribute(QStringLiteral("nick"));
    }
    for (QDomElement s = x.firstChildElement(QStringLiteral("status")); !s.isNull();
         s = s.nextSiblingElement(QStringLiteral("status"))) {
        bool ok = false;
        const int code = s.attribute(QStringLiteral("code")).toInt(&ok);
        if (ok && code >= 100 && code <= 999)
            p.statusCodes.insert(code);
    }
    const QDomElement destroy = child(x, QStringLiteral("destroy"), nsMucUser);
    if (!destroy.isNull()) {
        p.destroyed = true;
        p.alternateVenue = destroy.attribute(QStringLiteral("jid"));
        p.reason = child(destroy, QStringLiteral("reason"), nsMucUser).text();
    }
    *out = p;
    return true;
}

} // namespace Tandem
