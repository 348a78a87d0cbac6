#pragma once

#include <QObject>
#include <functional>

class QXmppMessage;

namespace Tandem {

class MessageStore;

/// Re-sends, after every (re)connection, the account's outgoing messages that no receipt has
/// confirmed yet. The peer de-duplicates by origin-id, so sending twice is harmless while
/// sending never would lose the message (a server restart drops what it had queued).
class Outbox : public QObject
{
    Q_OBJECT
public:
    using Sender = std::function<bool(const QXmppMessage &)>;

    Outbox(MessageStore *store, const QString &account, Sender sender, QObject *parent = nullptr);

    void flush();

Q_SIGNALS:
    void flushed(int count);

private:
    MessageStore *m_store;
    QString m_account;
    Sender m_sender;
    bool m_flushing = false;
    bool m_flushAgain = false;
};

} // namespace Tandem
