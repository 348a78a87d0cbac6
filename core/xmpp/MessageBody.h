// Which <body/> of a received message is its text (RFC 6121 §5.2.3), and parsing a message with it.
#pragma once

#include <QDomElement>
#include <QString>
#include <QXmppMessage.h>

namespace Tandem::MessageBody {

/// The user's language as xml:lang spells its primary tag ("de" for de_CH): the system locale's.
QString userLanguage();

/// The text of the body to show of `message`: the first whose language (its xml:lang, else the
/// stanza's) is `language`, else the first without an xml:lang of its own, else the first. Bodies of
/// other namespaces are no <body/> of the stanza. Empty when there is none.
QString preferred(const QDomElement &message, const QString &language = userLanguage());

/// QXmppMessage::parse() of `message`, which keeps the last body, with preferred()'s instead: every
/// path that reads a received message from its element comes through here.
QXmppMessage parse(const QDomElement &message, const QString &language = userLanguage());

} // namespace Tandem::MessageBody
