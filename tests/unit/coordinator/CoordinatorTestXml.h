// Shared by the unit tests of the coordinator's wire codecs: one account with an anchor and a
// sibling, one room, and the XML helpers every codec test needs.
#pragma once

#include <QDomDocument>
#include <QDomElement>
#include <QString>

namespace Tandem::Test {

inline const QString ownBareJid = QStringLiteral("alice@example.org");
inline const QString anchorJid = QStringLiteral("alice@example.org/home");
inline const QString siblingJid = QStringLiteral("alice@example.org/laptop");
inline const QString roomJid = QStringLiteral("room@conference.example.org");

/// A room message from bob, as the room sends it to the anchor.
inline const QByteArray groupchatFromBob
    = "<message xmlns='jabber:client' type='groupchat' from='room@conference.example.org/bob'"
      " to='alice@example.org/home' id='g1'><body>hi</body></message>";

/// Namespace-aware, as QXmpp parses stanzas; warns (and is null) when the row is not well-formed.
inline QDomDocument parseXml(const QByteArray &xml)
{
    QDomDocument document;
    QString error;
    if (!document.setContent(xml, true, &error))
        qWarning("not well-formed: %s", qPrintable(error));
    return document;
}

inline QDomElement childElement(const QDomElement &parent, const QString &name, const QString &ns)
{
    for (QDomElement e = parent.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        if (e.localName() == name && e.namespaceURI() == ns)
            return e;
    }
    return {};
}

// A relay as the anchor would send it, with the parts the rejection rows vary.
inline QByteArray relayXml(const QByteArray &forwarded,
    const QByteArray &relayAttributes = "term='5' seq='1' room='room@conference.example.org'",
    const QByteArray &outerAttributes
    = "type='headline' from='alice@example.org/home' to='alice@example.org/laptop'")
{
    return "<message xmlns='jabber:client' " + outerAttributes + "><relay xmlns='urn:tandem:coord:0' "
        + relayAttributes + "><forwarded xmlns='urn:xmpp:forward:0'>" + forwarded
        + "</forwarded></relay></message>";
}

/// A request as a sibling would send it, with the parts the rejection rows vary.
inline QByteArray requestXml(const QByteArray &attributes, const QByteArray &children = {},
    const QByteArray &outerAttributes
    = "type='headline' from='alice@example.org/laptop' to='alice@example.org/home'")
{
    return "<message xmlns='jabber:client' " + outerAttributes + "><request xmlns='urn:tandem:coord:0' "
        + attributes + ">" + children + "</request></message>";
}

} // namespace Tandem::Test
