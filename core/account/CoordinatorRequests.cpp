// Coordinator, requests (PROTOCOL.md §8, §9.3): as anchor, a sibling's request carried out or
// refused, and catch-up pages served; as sibling, requests sent to the anchor and their answers,
// which count only from that anchor (RequestTracker).
#include "account/Coordinator.h"

#include "common/Logging.h"
#include "coordinator/RawStanza.h"
#include "rooms/CatchUpServer.h"
#include "rooms/RoomOccupancy.h"
#include "rooms/RoomService.h"

#include <QTimer>
#include <QUuid>
#include <QXmppClient.h>

namespace Tandem {

namespace {
// A request the anchor never answers (it crashed) must not hang the sibling's caller forever.
constexpr int requestTimeoutMs = 15000;
} // namespace

void Coordinator::handleRequest(const Request &request)
{
    auto answer = [this, request](const QString &error) {
        if (error.isEmpty()) {
            client()->sendPacket(
                RawStanza(RequestCodec::encodeAck({ request.id, request.anchor, request.from, -1, {} })));
        } else {
            RequestError e;
            e.id = request.id;
            e.condition = error;
            e.from = request.anchor;
            e.to = request.from;
            client()->sendPacket(RawStanza(RequestCodec::encodeError(e)));
        }
    };
    if (!m_election.holdsRooms() || quint64(request.term) < m_election.term()) {
        answer(QStringLiteral("not-anchor"));
        return;
    }
    if (request.action == Request::Action::CatchUp) {
        serveCatchUp(request);
        return;
    }
    m_rooms->executeRequest(request, answer);
}

void Coordinator::serveCatchUp(const Request &r)
{
    Request request = r;
    // Serve only what we saw as an occupant: a room we left or were kicked from has a hole in
    // our store that a successor's session may not have; the sibling asks the room's archive.
    const bool held = m_rooms->occupancy()->rooms().contains(request.room);
    // The page ends where the sibling had messages live: at the first live relay of the room we
    // sent it in this stream, and at the latest now (what we store from now on, we relay).
    QDateTime until = QDateTime::currentDateTimeUtc();
    for (const QDateTime &t : { request.until, m_sequence.firstRelayed(request.from, request.room) }) {
        if (t.isValid() && t < until)
            until = t;
    }
    request.until = until;
    const quint64 term = m_election.claimTerm();
    m_rooms->catchUpServer()->serve(request, [this, request, held, term](const CatchUpServer::Page &page) {
        if (!client() || !client()->isConnected())
            return;
        // Checked again now: the page may have waited up to 30 s for our own fill, and we may have
        // stood down, claimed anew or left the room meanwhile; what we stored since is no answer.
        const QString refused = CatchUpServer::refusal(m_election.holdsRooms(),
            m_election.claimTerm() == term, held && m_rooms->occupancy()->rooms().contains(request.room));
        if (!page.error.isEmpty() || !refused.isEmpty()) {
            RequestError e;
            e.id = request.id;
            e.condition = refused.isEmpty() ? page.error : refused;
            e.from = request.anchor;
            e.to = request.from;
            client()->sendPacket(RawStanza(RequestCodec::encodeError(e)));
            return;
        }
        // The messages first: XMPP keeps the order between two sessions, so the sibling has
        // them all when the ack tells it where the next page starts.
        for (const QByteArray &stanza : page.stanzas)
            relayTo(request.from, request.room, stanza, false, QDateTime::currentDateTimeUtc(), true);
        Ack ack { request.id, request.anchor, request.from, -1, {} };
        ack.count = page.stanzas.size();
        ack.next = page.next;
        client()->sendPacket(RawStanza(RequestCodec::encodeAck(ack)));
    });
}

void Coordinator::sendRequest(const Request &r, std::function<void(const QString &error)> done)
{
    sendRequest(
        r,
        [done](const Response &response) {
            const auto *error = std::get_if<RequestError>(&response);
            done(error ? error->condition : QString());
        },
        requestTimeoutMs);
}

void Coordinator::sendRequest(const Request &r, std::function<void(const Response &)> done, int timeoutMs)
{
    const QString anchor = m_election.anchor();
    if (anchor.isEmpty() || anchor == client()->configuration().jid()) {
        done(RequestError { {}, QStringLiteral("no-anchor"), {}, {}, {} });
        return;
    }
    Request request = r;
    request.term = int(m_election.term());
    request.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.from = client()->configuration().jid();
    request.anchor = anchor;
    // Its answer relays pages or the join's presences of this room: they are expected.
    if (request.action == Request::Action::Join || request.action == Request::Action::CatchUp)
        m_receiver.expectRoom(request.room);
    m_requests.add(request.id, anchor, std::move(done));
    client()->sendPacket(RawStanza(RequestCodec::encodeRequest(request)));
    QTimer::singleShot(timeoutMs, this, [this, id = request.id] {
        if (auto done = m_requests.expire(id))
            (*done)(RequestError { id, QStringLiteral("remote-server-timeout"), {}, {}, {} });
    });
}

void Coordinator::handleResponse(const Response &response)
{
    if (auto done = m_requests.answer(response)) {
        (*done)(response);
        return;
    }
    const auto [id, from] = std::visit([](const auto &r) { return std::pair(r.id, r.from); }, response);
    qCWarning(lcCoordinator) << "dropped an answer to" << id << "from" << from
                             << (m_requests.isPending(id) ? ": not the anchor it was sent to"
                                                          : ": no such request");
}

} // namespace Tandem
