// XEP-0045: Multi-User Chat — the parts of a room presence that change what a room looks like.
#pragma once

#include <QSet>
#include <QString>

class QDomElement;

namespace Tandem {

/// A presence from a MUC room, parsed from the raw stanza (live, or forwarded inside a relay:
/// both go through the same parser). QXmppPresence drops <destroy/>, so we read the DOM.
struct MucPresence
{
    enum class Type { Available, Unavailable, Error };

    QString room; ///< bare room JID
    QString nick; ///< resource of the from address
    Type type = Type::Available;
    QString realJid; ///< from <item jid/> in non-anonymous rooms
    QString role; ///< moderator, participant, visitor, none
    QString affiliation; ///< owner, admin, member, outcast, none
    QString show; ///< RFC 6121 <show/>: away, chat, dnd, xa; empty: plain available
    QString newNick; ///< <item nick/> with status 303
    QString reason; ///< kick/ban/destroy reason
    QString actor; ///< who kicked or banned
    QSet<int> statusCodes;
    bool destroyed = false;
    QString alternateVenue; ///< <destroy jid/>
    QString errorCondition; ///< with Type::Error: not-authorized, forbidden, conflict, …
    QString errorText;

    bool isSelf() const { return statusCodes.contains(110); }

    /// Returns false (with a reason) for stanzas that are not a room presence at all.
    static bool parse(const QDomElement &presence, MucPresence *out, QString *why = nullptr);
    /// The defined condition of a stanza error (RFC 6120 §8.3.3) of any stanza, e.g. "forbidden"
    /// ("undefined-condition" if none), and its text.
    static QString stanzaError(const QDomElement &stanza, QString *text = nullptr);
};

} // namespace Tandem
