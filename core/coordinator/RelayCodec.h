#pragma once

#include "coordinator/CoordinatorEnvelope.h"

#include <QByteArray>
#include <QDateTime>
#include <QDomElement>
#include <QString>
#include <optional>

class QXmlStreamWriter;
class QXmppMessage;
class QXmppPresence;
class QXmppStanza;

namespace Tandem {

/// A room stanza that the anchor forwards to one sibling (`<relay/>` in core/coordinator/PROTOCOL.md).
struct Relay
{
    enum class Kind { Message, Presence };

    int term = 0;
    quint64 seq = 0; ///< per sibling and per term, from 1
    QString room; ///< bare JID; lower-cased by decodeRelay()
    QString from; ///< the anchor's full JID
    QString to; ///< the sibling's full JID
    QString id; ///< id of the outer message
    QDateTime delay; ///< when the anchor received the stanza; invalid: not stamped
    Kind kind = Kind::Message;
    /// A stored message the anchor sends in answer to a catch-up request, not live traffic: it
    /// is stored like an archived one (no notification) and does not touch the room's state.
    bool history = false;
    /// A presence of a join or a leave that a user of the account asked for (on any of its
    /// devices), not one of the anchor's rejoins (failover, takeover, reconnection, start): the
    /// sibling shows the account's own join or leave only for these (RoomEventRow).
    bool byUser = false;
    /// The forwarded stanza as standalone XML with xmlns='jabber:client' (see RelayCodec::stanzaXml()). Bytes
    /// rather than a QDomElement so that copies are independent values: elements share, and keep alive,
    /// the document they were parsed into.
    QByteArray stanza;
};

/// Pure encoding and validation of the coordinator's stanzas: relays (anchor → sibling) in RelayCodec,
/// requests and their answers (sibling → anchor → sibling) in RequestCodec. Every coordinator stanza is a
/// type='headline' message between two sessions of the same account, carrying one element in the
/// urn:tandem:coord:0 namespace and the hints no-copy, no-store and carbons private: that envelope is
/// written and checked by the functions of CoordinatorEnvelope.h, which this header includes.
///
/// The decoders are the coordinator's security boundary: they take elements as QXmpp delivers them
/// (namespace-processed), never assert on input, and say why they reject.
namespace RelayCodec {

/// The relay message. Empty if `relay.stanza` is not a well-formed <message>/<presence> matching
/// `relay.kind` (`whyNot` says why).
QByteArray encodeRelay(const Relay &relay, QString *whyNot = nullptr);

/// The relay carried by `message`, if it is a well-formed relay from another session of `ownBareJid` to
/// one of its sessions, of a stanza from the relay's room. Does not check the term against the highest
/// seen nor that the room is held: that is the caller's state.
std::optional<Relay> decodeRelay(
    const QDomElement &message, const QString &ownBareJid, QString *whyRejected = nullptr);

/// A stanza as Relay::stanza holds it. Elements without a namespace inherit their parent's and the root
/// gets jabber:client, which is how the stream reads what QXmppStanza::toXml() writes.
QByteArray stanzaXml(const QDomElement &stanza);
QByteArray stanzaXml(const QXmppStanza &stanza);

/// The relayed stanza parsed, if it is of that kind.
std::optional<QXmppMessage> innerMessage(const Relay &relay);
std::optional<QXmppPresence> innerPresence(const Relay &relay);

/// Writes the output of any encode function into `writer`, e.g. from a QXmppStanza::toXml() override:
/// QXmppClient 1.4 sends only QXmppStanza objects. False, and nothing written, if `xml` is not well-formed.
bool writeXml(QXmlStreamWriter *writer, const QByteArray &xml);

} // namespace RelayCodec

} // namespace Tandem
