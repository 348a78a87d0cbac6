// ControlCommands for the read state: `read` marks a conversation read (the account's other
// clients follow through XEP-0490), `unread` lists what is not.
#include "ctl/ControlCommands.h"

#include "account/Account.h"
#include "account/Instance.h"
#include "storage/Database.h"
#include "storage/MessageEvents.h"
#include "storage/MessageStore.h"

#include <QJsonArray>

namespace Tandem {

namespace {

QJsonObject countsOf(const ConversationSummary &s)
{
    return QJsonObject {
        { QStringLiteral("conversation"), s.conversation },
        { QStringLiteral("unread"), s.unreadCount },
        { QStringLiteral("mentions"), s.mentionCount },
        { QStringLiteral("last_id"), s.lastRowId },
    };
}

} // namespace

void ControlCommands::read(const QJsonObject &args, ControlServer::Reply reply)
{
    QString conversation;
    Account *account = conversationOf(args, reply, &conversation);
    if (!account)
        return;
    const QJsonValue upTo = args.value(QStringLiteral("up_to"));
    const double id = upTo.toDouble(-1);
    if (!upTo.isUndefined() && (!upTo.isDouble() || id < 1 || id != double(qint64(id)) || id > 9e15)) {
        reply(ControlServer::failure(tr("--up-to takes a message id, as `ctl history --json` shows it.")));
        return;
    }
    // Answer with the counts as they are once the write is done, so a script can rely on them.
    const QString accountJid = account->jid();
    MessageStore *store = m_instance->messages();
    auto answer = [this, store, accountJid, conversation, reply](bool moved) {
        store->conversations(
            accountJid, this, [conversation, moved, reply](const QVector<ConversationSummary> &all) {
                for (const ConversationSummary &s : all) {
                    if (s.conversation != conversation)
                        continue;
                    QJsonObject result = countsOf(s);
                    result.insert(QStringLiteral("moved"), moved);
                    reply(ControlServer::success(result));
                    return;
                }
                reply(ControlServer::failure(tr("There are no messages in %1.").arg(conversation)));
            });
    };
    if (upTo.isUndefined())
        account->messageEvents()->markAllRead(conversation, answer);
    else
        account->messageEvents()->markRead(conversation, qint64(id), answer);
}

void ControlCommands::unread(const QJsonObject &args, ControlServer::Reply reply)
{
    Account *account = accountFor(args, reply);
    if (!account)
        return;
    const QString accountJid = account->jid();
    m_instance->messages()->conversations(
        accountJid, this, [accountJid, reply](const QVector<ConversationSummary> &all) {
            QJsonArray list;
            qint64 total = 0;
            for (const ConversationSummary &s : all) {
                if (s.unreadCount <= 0)
                    continue;
                list.append(countsOf(s));
                total += s.unreadCount;
            }
            reply(ControlServer::success(QJsonObject {
                { QStringLiteral("account"), accountJid },
                { QStringLiteral("unread"), total },
                { QStringLiteral("conversations"), list },
            }));
        });
}

} // namespace Tandem
