// The number of unread messages over every row of a conversation list.
#pragma once

#include <QObject>
#include <QPointer>

class QAbstractItemModel;

namespace Tandem {

/// Follows a model of conversations (ConversationListModel, or a proxy of it) and keeps the sum
/// of its UnreadCountRole over all rows, recounted on each change of rows or of that role.
class UnreadTotal : public QObject
{
    Q_OBJECT
public:
    explicit UnreadTotal(QAbstractItemModel *model, QObject *parent = nullptr);

    qint64 total() const { return m_total; }
    /// The sum of UnreadCountRole over the rows of `model`.
    static qint64 count(const QAbstractItemModel *model);

Q_SIGNALS:
    void totalChanged(qint64 total);

private:
    void recount();

    QPointer<QAbstractItemModel> m_model;
    qint64 m_total = 0;
};

} // namespace Tandem
