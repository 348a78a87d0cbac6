// The message every coordinator stanza travels in (core/coordinator/PROTOCOL.md), and what the four
// codecs (RelayCodec, RequestCodec, SnapshotCodec, HandoverCodec) need to write and read the element
// inside it. One set, so that a forged or malformed stanza is refused the same way by each of them.
#pragma once

#include <QByteArray>
#include <QDomElement>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

class QXmlStreamWriter;

namespace Tandem {

/// Writes and checks the envelope of every coordinator stanza: a headline <message/> between two
/// sessions of one account, carrying one element in the coordinator namespace. The readers take
/// elements as QXmpp delivers them (namespace-processed), go by local name and namespace only, and
/// say why they refuse.
namespace CoordinatorEnvelope {

/// The coordinator namespace; its trailing number is the protocol version.
QString namespaceUri();

/// True for a <message> that carries a child in the coordinator namespace, valid or not. Such a message
/// must be consumed by the coordinator (and dropped if it does not decode) so that a forged one never
/// reaches the chat pipeline. Presences (the <device/> element) are not coordinator stanzas here.
bool isCoordinatorStanza(const QDomElement &stanza);

/// The local name of a namespace-processed node (as QXmpp delivers stanzas), the whole name otherwise.
QString nameOf(const QDomNode &node);

/// True for a <`name`/> of jabber:client, the stream's default namespace, or of no namespace, as a
/// stanza standing alone is parsed.
bool isClientStanza(const QDomElement &element, const QString &name);

/// True for a full JID of the account `ownBareJid`, whichever session; bare JIDs compare as Jid::bare()
/// gives them, in lower case.
bool isOwnSession(const QString &jid, const QString &ownBareJid);

// Writing

/// Starts the headline <message>, with xmlns='jabber:client' so that the result also stands alone.
/// Empty attributes are left out.
void writeEnvelopeStart(QXmlStreamWriter *writer, const QString &from, const QString &to, const QString &id);
/// Adds the hints and closes the message. No copy: carbons would send it to every session. No store:
/// it must not be archived (MAM) nor kept offline; it is for one session, now.
void writeEnvelopeEnd(QXmlStreamWriter *writer);
/// A whole coordinator stanza: the envelope, and in it the element `payload` of the coordinator
/// namespace, whose attributes and children `writeContent` writes.
QByteArray encodeStanza(const QString &from, const QString &to, const QString &id, const QString &payload,
    const std::function<void(QXmlStreamWriter &)> &writeContent);
/// The attributes a relay and a snapshot part start with, in the order PROTOCOL.md shows them.
void writeStreamAttributes(QXmlStreamWriter *writer, int term, quint64 seq, const QString &room);
/// An empty element that declares `ns` as its default namespace.
void writeEmptyElement(QXmlStreamWriter *writer, const QString &name, const QString &ns);
/// The attribute, made xmlSafe(), unless `value` is empty: readers take a missing one for empty.
void writeOptionalAttribute(QXmlStreamWriter *writer, const QString &name, const QString &value);
/// A child element holding `text`, made xmlSafe().
void writeTextElement(QXmlStreamWriter *writer, const QString &name, const QString &text);
/// `text` without the characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/U+FFFF): Qt 5's
/// QXmlStreamWriter writes them as they are, and the server would close the stream on them.
QString xmlSafe(const QString &text);

// Reading. Each sets `whyRejected` (if given) when it refuses, and leaves it alone otherwise.

/// The single coordinator element of `message` if `message` is a headline <message> from another session
/// of `ownBareJid` (a full JID, not the recipient itself) to one of its sessions; otherwise a null element.
QDomElement envelopePayload(const QDomElement &message, const QString &ownBareJid, QString *whyRejected);
/// envelopePayload(), if the element's local name is one of `names`; otherwise null, with
/// "<name/> is not a `kind`" when the envelope itself was right.
QDomElement expectPayload(const QDomElement &message, const QString &ownBareJid, const QStringList &names,
    const QString &kind, QString *whyRejected);
/// The first child of `parent` named `name` in `ns` (by default the coordinator namespace, which the
/// payload's own children inherit); null if there is none.
QDomElement childElement(const QDomElement &parent, const QString &name, const QString &ns = namespaceUri());

/// A decimal count no larger than `max`: digits only, where QString::toULongLong() would also accept a
/// sign and surrounding spaces.
std::optional<quint64> parseCount(const QString &text, quint64 max);
/// The `term` attribute: a count that fits an int, as every term does.
std::optional<int> termAttribute(const QDomElement &payload, QString *whyRejected);
/// The `room` attribute, a bare JID, lower-cased: rooms are compared by their bare JID.
std::optional<QString> roomAttribute(const QDomElement &payload, QString *whyRejected);

/// Where a relay or a snapshot part stands: both count in the anchor's relay stream to one sibling.
struct StreamAttributes
{
    int term = 0;
    quint64 seq = 0; ///< per sibling and per term, from 1
    QString room;
};
/// The term, seq and room attributes, checked in that order.
std::optional<StreamAttributes> streamAttributes(const QDomElement &payload, QString *whyRejected);

/// No `T`, because of `reason`: the decoders' one way to refuse.
template<typename T> std::optional<T> reject(QString *whyRejected, const QString &reason)
{
    if (whyRejected)
        *whyRejected = reason;
    return std::nullopt;
}

} // namespace CoordinatorEnvelope

} // namespace Tandem
