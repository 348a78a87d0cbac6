#pragma once

#include <QDomElement>
#include <QString>

#include <optional>

namespace Tandem {

/// A <stream:error/> (RFC 6120 §4.9): the reason the server gives for ending the stream.
///
/// QXmpp 1.4 reduces every condition but <conflict/> to UndefinedCondition and drops the text,
/// so a client cannot tell "your last stanza was too big" (policy-violation, Prosody's
/// <stanza-too-big xmlns='urn:xmpp:errors'/>) from any other end; this reads the element itself.
struct StreamError
{
    QString condition; ///< "policy-violation", "conflict", … ; "undefined-condition" if none
    QString text; ///< the server's human text, if it gave one
    bool stanzaTooBig = false; ///< the application condition urn:xmpp:errors:stanza-too-big

    /// Whether the server blames a stanza we sent for the end of the stream.
    bool blamesOurStanza() const { return stanzaTooBig || condition == QLatin1String("policy-violation"); }

    /// The condition and text, for a message to the user ("policy-violation: XML stanza is too big").
    QString describe() const;

    /// Reads `element` when it is a <stream:error/>; nullopt for anything else.
    static std::optional<StreamError> parse(const QDomElement &element);
};

/// The reason a stanza error (RFC 6120 §8.3) gives, as "condition: text" ("service-unavailable",
/// "resource-constraint: Your storage is full"), from the <error/> child of `stanza`; empty if none.
QString stanzaErrorReason(const QDomElement &stanza);

/// XEP-0478 stream limits: the largest stanza, in bytes, the server accepts on this stream, as
/// announced in `features` (<limits xmlns='urn:xmpp:stream-limits:0'><max-bytes/>); nullopt
/// when the server does not say, or says something that is no positive number.
std::optional<qint64> announcedMaxStanzaBytes(const QDomElement &features);

} // namespace Tandem
