#include "models/ConversationFilterModel.h"

#include "models/ConversationListModel.h"

namespace Tandem {

ConversationFilterModel::ConversationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Rows that change are filtered again; nothing is sorted here (the source order stands).
    setDynamicSortFilter(true);
}

void ConversationFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool ConversationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(ConversationListModel::DisplayNameRole).toString().contains(m_text, Qt::CaseInsensitive)
        || index.data(ConversationListModel::ConversationRole)
               .toString()
               .contains(m_text, Qt::CaseInsensitive);
}

} // namespace Tandem
