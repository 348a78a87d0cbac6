#pragma once

#include "storage/MessageStoreTypes.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QVector>

namespace Tandem {

class MessageEvents;

/// An account's conversations, most recently active first, for the conversation list. Loaded
/// from the store, and loaded again whenever the account's MessageEvents report a message (news
/// or history): one reload at a time, and one more after it if messages came meanwhile. A reload
/// that keeps the order changes the rows in place; one that reorders them resets the model.
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ConversationRole = Qt::UserRole + 1, ///< the peer, room or room/nick; also Qt::DisplayRole
        KindRole, ///< Message::Kind of the newest message, as int
        LastActivityRole, ///< QDateTime, UTC
        LastBodyRole,
        MessageCountRole, ///< qint64
    };
    Q_ENUM(Role)

    explicit ConversationListModel(QObject *parent = nullptr);

    /// Lists the conversations of the account whose messages `events` reports (null: none).
    void setAccount(MessageEvents *events);
    /// The row of `conversation`, or -1.
    int rowOf(const QString &conversation) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    /// A load from the store was applied.
    void loaded();

private:
    void reload();
    void apply(const QVector<ConversationSummary> &list);

    QPointer<MessageEvents> m_events;
    QVector<ConversationSummary> m_rows;
    quint64 m_generation = 0; ///< answers for an account no longer shown are dropped
    bool m_loading = false;
    bool m_reloadAgain = false;
};

} // namespace Tandem
