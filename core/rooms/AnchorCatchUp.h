#pragma once

#include "coordinator/RequestCodec.h"
#include "rooms/RoomCursor.h"

#include <QObject>
#include <functional>

namespace Tandem {

/// A sibling's catch-up of one room from the anchor's store (PROTOCOL.md §9.3): asks for what
/// the anchor stored after this device's cursor, page after page. The messages themselves arrive
/// as history relays ahead of each page's ack and go through the ordinary relay pipeline; this
/// class only walks the pages.
class AnchorCatchUp : public QObject
{
    Q_OBJECT
public:
    /// Sends a request to the anchor we follow; `done` gets the ack, or a condition token.
    using PageSender = std::function<void(
        const Request &request, std::function<void(const QString &error, const Ack &ack)> done)>;

    struct Result
    {
        int pages = 0;
        int messages = 0; ///< relayed by the anchor; the store drops those we had
        bool complete = false; ///< the anchor said we are up to date
        QString error; ///< the anchor's condition, when it failed
    };

    static constexpr int DefaultMaxPages = 100;
    static constexpr int CatchUpPageSize = 50;

    explicit AnchorCatchUp(QObject *parent = nullptr);

    void setSender(PageSender sender) { m_sender = std::move(sender); }
    bool hasSender() const { return bool(m_sender); }
    /// Bounds a fetch, so an anchor that keeps answering with a next page cannot loop us forever.
    void setMaxPages(int pages) { m_maxPages = std::max(1, pages); }

    /// Fetches what the anchor has of `room` after `cursor` and before `until` (the anchor's stamp
    /// of the first live relay; invalid: no bound); `done` runs later, once.
    void fetch(const QString &room, const CatchUpCursor &cursor, const QDateTime &until,
        std::function<void(const Result &)> done);

private:
    void requestPage(const Request &request, Result result, std::function<void(const Result &)> done);

    PageSender m_sender;
    int m_maxPages = DefaultMaxPages;
};

} // namespace Tandem
