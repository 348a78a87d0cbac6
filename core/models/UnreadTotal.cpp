#include "models/UnreadTotal.h"

#include "models/ConversationListModel.h"

namespace Tandem {

UnreadTotal::UnreadTotal(QAbstractItemModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    connect(model, &QAbstractItemModel::rowsInserted, this, &UnreadTotal::recount);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &UnreadTotal::recount);
    connect(model, &QAbstractItemModel::modelReset, this, &UnreadTotal::recount);
    connect(model, &QAbstractItemModel::layoutChanged, this, &UnreadTotal::recount);
    connect(model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &, const QModelIndex &, const QVector<int> &roles) {
            if (roles.isEmpty() || roles.contains(ConversationListModel::UnreadCountRole))
                recount();
        });
    recount();
}

qint64 UnreadTotal::count(const QAbstractItemModel *model)
{
    qint64 total = 0;
    for (int row = 0, rows = model->rowCount(); row < rows; ++row)
        total += model->index(row, 0).data(ConversationListModel::UnreadCountRole).toLongLong();
    return total;
}

void UnreadTotal::recount()
{
    const qint64 total = m_model ? count(m_model) : 0;
    if (total == m_total)
        return;
    m_total = total;
    Q_EMIT totalChanged(total);
}

} // namespace Tandem
