#pragma once

#include "storage/Message.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QVector>

namespace Tandem {

class MessageEvents;

/// The messages of one conversation, oldest first: the newest page from the database, then
/// what the account's MessageEvents report (news at the end, history at its time, delivery
/// states in place). Views bind to the roles; nothing here touches widgets.
class MessageListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        BodyRole = Qt::UserRole + 1,
        SenderRole,
        TimeRole,
        DirectionRole, ///< Message::Direction as int
        DeliveryStateRole, ///< Message::DeliveryState as int
        MessageIdRole,
    };
    Q_ENUM(Role)

    explicit MessageListModel(QObject *parent = nullptr);

    /// Shows `conversation` of the account whose messages `events` reports; loads its newest
    /// `pageSize` messages asynchronously. Null `events`: shows nothing.
    void setConversation(MessageEvents *events, const QString &conversation, int pageSize = 100);
    QString conversation() const { return m_conversation; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void loaded();

private:
    void append(const Message &message);
    void insertInOrder(const Message &message);
    void updateState(const QString &conversation, const QString &messageId, Message::DeliveryState state);

    QPointer<MessageEvents> m_events;
    QString m_conversation;
    QVector<Message> m_messages;
    quint64 m_generation = 0; ///< drops history answers for a conversation no longer shown
};

} // namespace Tandem
