#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>
#include <variant>

class QDomElement;

namespace Tandem {

/// What a sibling asks the anchor to do in a room on its behalf (`<request/>`).
struct Request
{
    /// On the wire: send, correct, nick, subject, pm, leave, join, catch-up.
    enum class Action { Send, Correct, Nick, Subject, PrivateMessage, Leave, Join, CatchUp };

    int term = 0; ///< the anchor's term the sibling follows
    QString id; ///< chosen by the sibling; the answer carries it back
    Action action = Action::Send;
    QString room; ///< bare JID; lower-cased by decodeRequest()
    QString body; ///< Send, Correct, PrivateMessage
    QString originId; ///< Send, Correct, PrivateMessage: lets the sibling recognise the room's echo
    QString replaceId; ///< Correct: the message corrected (XEP-0308)
    QString nick; ///< Nick, Join
    QString password; ///< Join, optional
    QString subject; ///< Subject; empty clears it
    QString to; ///< PrivateMessage: the occupant, room/nick
    /// CatchUp: the newest room stanza-id the sibling stored (`after`), the time of the newest
    /// message it stored (`since`), or, from the second page on, the anchor's `cursor`.
    QString after;
    QDateTime since;
    QDateTime until; ///< CatchUp: what the anchor stored from this time on reached the sibling live
    QString cursor;
    int max = 0; ///< CatchUp: messages per page, 1..maxCatchUpPage (0: the anchor's default)
    QString from; ///< outer stanza: the sibling's full JID
    QString anchor; ///< outer stanza: the anchor's full JID
};

/// The anchor has done request `id`.
struct Ack
{
    QString id;
    QString from; ///< the anchor's full JID
    QString to; ///< the sibling's full JID
    /// CatchUp: the messages of this page that were relayed before this ack (-1: not a page), and
    /// the cursor of the next page (empty: the sibling is up to date).
    int count = -1;
    QString next;
};

/// The anchor could not do request `id`. `condition` is a token such as "not-in-room" or "stale-term".
struct RequestError
{
    QString id;
    QString condition;
    QString text; ///< for humans and logs, optional
    QString from; ///< the anchor's full JID
    QString to; ///< the sibling's full JID
};

using Response = std::variant<Ack, RequestError>;

/// Pure encoding and validation of requests (sibling → anchor) and their answers (anchor → sibling), in
/// the envelope and under the sender rules of CoordinatorEnvelope.
namespace RequestCodec {

/// The largest catch-up page a request may ask for.
constexpr int maxCatchUpPage = 200;

/// The wire name of an action ("pm" for PrivateMessage).
QString actionName(Request::Action action);

QByteArray encodeRequest(const Request &request);
/// The request carried by `message` if it is well-formed, from another session of `ownBareJid` and has
/// what its action needs. Does not check the term against the current one: that is the caller's state.
std::optional<Request> decodeRequest(
    const QDomElement &message, const QString &ownBareJid, QString *whyRejected = nullptr);

QByteArray encodeAck(const Ack &ack);
QByteArray encodeError(const RequestError &error);
/// The ack or error carried by `message`, under the same sender rules as decodeRequest().
std::optional<Response> decodeResponse(
    const QDomElement &message, const QString &ownBareJid, QString *whyRejected = nullptr);

} // namespace RequestCodec

} // namespace Tandem
