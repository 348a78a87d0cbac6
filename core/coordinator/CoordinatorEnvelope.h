// The message every coordinator stanza travels in (core/coordinator/PROTOCOL.md), shared by all
// the codecs: RelayCodec, RequestCodec, SnapshotCodec, HandoverCodec.
#pragma once

#include <QDomElement>
#include <QString>
#include <optional>

class QXmlStreamWriter;

namespace Tandem {

/// Writes and checks the envelope of every coordinator stanza: a headline <message/> between two
/// sessions of one account, carrying one element in the coordinator namespace.
namespace CoordinatorEnvelope {

/// The coordinator namespace; its trailing number is the protocol version.
QString namespaceUri();

/// True for a <message> that carries a child in the coordinator namespace, valid or not. Such a message
/// must be consumed by the coordinator (and dropped if it does not decode) so that a forged one never
/// reaches the chat pipeline. Presences (the <device/> element) are not coordinator stanzas here.
bool isCoordinatorStanza(const QDomElement &stanza);

/// The local name of a namespace-processed node (as QXmpp delivers stanzas), the whole name otherwise.
QString nameOf(const QDomNode &node);

/// Starts the headline <message>, with xmlns='jabber:client' so that the result also stands alone.
/// Empty attributes are left out.
void writeEnvelopeStart(QXmlStreamWriter *writer, const QString &from, const QString &to, const QString &id);
/// Adds the hints and closes the message. No copy: carbons would send it to every session. No store:
/// it must not be archived (MAM) nor kept offline; it is for one session, now.
void writeEnvelopeEnd(QXmlStreamWriter *writer);
/// The single coordinator element of `message` if `message` is a headline <message> from another session
/// of `ownBareJid` (a full JID, not the recipient itself) to one of its sessions; otherwise a null element.
QDomElement envelopePayload(const QDomElement &message, const QString &ownBareJid, QString *whyRejected);
/// A decimal count no larger than `max`: digits only, where QString::toULongLong() would also accept a
/// sign and surrounding spaces.
std::optional<quint64> parseCount(const QString &text, quint64 max);
/// `text` without the characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/U+FFFF): Qt 5's
/// QXmlStreamWriter writes them as they are, and the server would close the stream on them.
QString xmlSafe(const QString &text);

} // namespace CoordinatorEnvelope

} // namespace Tandem
