#include "rooms/AnchorCatchUp.h"

#include "common/Logging.h"

namespace Tandem {

AnchorCatchUp::AnchorCatchUp(QObject *parent)
    : QObject(parent)
{ }

void AnchorCatchUp::fetch(const QString &room, const CatchUpCursor &cursor, const QDateTime &until,
    std::function<void(const Result &)> done)
{
    if (!m_sender) {
        QMetaObject::invokeMethod(
            this,
            [done] {
                done(Result { 0, 0, false, QStringLiteral("no-anchor") });
            },
            Qt::QueuedConnection);
        return;
    }
    Request request;
    request.action = Request::Action::CatchUp;
    request.room = room;
    request.after = cursor.stanzaId;
    request.since = cursor.newestTime;
    request.until = until;
    request.max = CatchUpPageSize;
    requestPage(request, {}, std::move(done));
}

void AnchorCatchUp::requestPage(
    const Request &request, Result result, std::function<void(const Result &)> done)
{
    m_sender(request, [this, request, result, done](const QString &error, const Ack &ack) mutable {
        if (!error.isEmpty()) {
            result.error = error;
            done(result);
            return;
        }
        ++result.pages;
        result.messages += std::max(0, ack.count);
        if (ack.next.isEmpty()) {
            result.complete = true;
            done(result);
            return;
        }
        // The same cursor again would fetch the same page for ever.
        if (result.pages >= m_maxPages || ack.next == request.cursor) {
            qCWarning(lcCoordinator) << "catch-up of" << request.room << "stopped after" << result.pages
                                     << "pages";
            done(result);
            return;
        }
        Request next = request;
        next.cursor = ack.next;
        requestPage(next, result, std::move(done));
    });
}

} // namespace Tandem
