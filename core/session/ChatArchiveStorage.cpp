// ChatArchiveSync's database side: the ranges it starts from, and each page stored together with
// the ranges that claim it (and the receipts its messages are owed). The protocol side is in
// ChatArchiveSync.cpp.
#include "session/ChatArchiveSync.h"

#include "common/Logging.h"
#include "storage/ArchiveRangeQueries.h"
#include "storage/Database.h"
#include "storage/MessageEvents.h"
#include "storage/MessageStore.h"
#include "xmpp/MessageConverter.h"

#include <QXmppClient.h>
#include <QXmppMessage.h>

namespace Tandem {

namespace {

using PageWrite = ArchiveRangeQueries::PageWrite;

struct LoadedRanges
{
    QVector<ArchiveRange> ranges;
    bool startSeen = false;
    StorageError error;
};

} // namespace

void ChatArchiveSync::load()
{
    Database *database = m_store ? m_store->database() : nullptr;
    if (!database) {
        m_loaded = true;
        return;
    }
    const QString account = m_account;
    database->run(
        this,
        [account](SqliteConnection &c) {
            LoadedRanges loaded;
            loaded.ranges = ArchiveRangeQueries::load(c, account, account, &loaded.error);
            if (!loaded.error.isError())
                loaded.startSeen = ArchiveRangeQueries::startSeen(c, account, account, &loaded.error);
            return loaded;
        },
        [this](const LoadedRanges &loaded) {
            // Without ranges the next sync takes the recent window again; the store drops the repeats.
            if (loaded.error.isError())
                qCWarning(lcChatArchive)
                    << m_account << "cannot read archive ranges:" << loaded.error.message();
            m_ranges = FetchedRanges(loaded.ranges);
            m_startSeen = loaded.startSeen;
            m_loaded = true;
            if (m_startPending) {
                m_startPending = false;
                start();
            }
        });
}

void ChatArchiveSync::store(const FetchedRanges &ranges, const QString &stopError, bool more, bool foundEmpty)
{
    Database *database = m_store ? m_store->database() : nullptr;
    if (!database) {
        finish(State::Failed, QStringLiteral("no message store"));
        return;
    }
    const QVector<Message> messages = std::move(m_page.messages);
    const QVector<bool> receipts = std::move(m_page.receipts);
    m_page.messages.clear();
    m_page.receipts.clear();
    m_storing = true;
    const QString account = m_account;
    const QVector<ArchiveRange> rows = ranges.ranges();
    auto job = [messages, account, rows, foundEmpty](SqliteConnection &c) {
        PageWrite write = ArchiveRangeQueries::storePage(c, account, account, messages, rows);
        if (foundEmpty && !write.error.isError())
            write.error = ArchiveRangeQueries::setStartSeen(c, account, account);
        return write;
    };
    // Grouped: pages that queue up while the storage thread is busy share one commit.
    database->runGrouped(this, job,
        [this, messages, receipts, ranges, stopError, more, foundEmpty](
            PageWrite write, const StorageError &commitError) {
            if (commitError.isError() && !write.error.isError())
                write.error = commitError;
            m_storing = false;
            if (foundEmpty && !write.error.isError())
                m_startSeen = true;
            if (write.error.isError()) {
                finish(State::Failed,
                    QStringLiteral("storing archived messages failed: %1").arg(write.error.message()));
                return;
            }
            m_ranges = ranges;
            QVector<Message> inserted;
            QVector<Message> acknowledged;
            for (int i = 0; i < write.results.size() && i < messages.size(); ++i) {
                if (receipts.value(i))
                    acknowledged.append(messages[i]);
                if (write.results[i].inserted) {
                    Message m = messages[i];
                    m.rowId = write.results[i].rowId;
                    inserted.append(m);
                }
            }
            m_stats.stored += inserted.size();
            sendReceipts(acknowledged);
            m_events->reportHistory(inserted, MessageEvents::Origin::Archive);
            Q_EMIT pageStored(m_stats.pages, inserted.size());
            if (!stopError.isEmpty())
                finish(State::Failed, stopError);
            else if (more)
                requestPage();
            else
                next();
        });
}

void ChatArchiveSync::sendReceipts(const QVector<Message> &messages)
{
    // Duplicates too: the receipt the live path sent may be what got lost. It went to the
    // sender's full JID, and if that session had just dropped, the server kept it offline, and
    // Prosody never delivers offline messages to a session that queried the archive first, while
    // receipts (no body) are not archived. The sender would then wait for ever. Messages that
    // reached no device live (kept offline for the same reason) need their first receipt here.
    if (!client() || !client()->isConnected())
        return;
    for (const Message &m : messages) {
        QXmppMessage stanza;
        stanza.setFrom(m.sender);
        stanza.setId(m.messageId);
        client()->sendPacket(MessageConverter::receiptFor(stanza));
    }
}

} // namespace Tandem
