#include "models/SwitcherFilterModel.h"

namespace Tandem {

namespace {
bool startsWord(const QString &text, int at)
{
    if (at == 0)
        return true;
    const QChar before = text.at(at - 1);
    return before.isSpace() || before == QLatin1Char('.') || before == QLatin1Char('-')
        || before == QLatin1Char('_') || before == QLatin1Char('@') || before == QLatin1Char('/');
}

bool inOrder(const QString &text, const QString &query)
{
    int at = 0;
    for (const QChar c : query) {
        at = text.indexOf(c, at, Qt::CaseInsensitive);
        if (at < 0)
            return false;
        ++at;
    }
    return true;
}
} // namespace

SwitcherFilterModel::SwitcherFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
}

void SwitcherFilterModel::setTextRoles(const QVector<int> &roles)
{
    m_roles = roles;
    invalidate();
}

void SwitcherFilterModel::setQuery(const QString &query)
{
    const QString trimmed = query.trimmed();
    if (trimmed == m_query)
        return;
    m_query = trimmed;
    invalidate();
}

int SwitcherFilterModel::score(const QString &text, const QString &query, bool isName)
{
    if (query.isEmpty())
        return 0;
    if (text.isEmpty())
        return -1;
    // Names rank above addresses at every level: people think of a room by what it is called.
    const int level = isName ? 0 : 1;
    if (text.compare(query, Qt::CaseInsensitive) == 0)
        return 0 + level;
    if (text.startsWith(query, Qt::CaseInsensitive))
        return 2 + level;
    for (int at = text.indexOf(query, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(query, at + 1, Qt::CaseInsensitive)) {
        if (startsWord(text, at))
            return 4 + level;
    }
    if (text.contains(query, Qt::CaseInsensitive))
        return 6 + level;
    // Letters in order only in names: in addresses ("conference.example.org") nearly anything matches.
    if (isName && inOrder(text, query))
        return 8;
    return -1;
}

int SwitcherFilterModel::rowScore(int sourceRow) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0);
    int best = -1;
    for (int i = 0; i < m_roles.size(); ++i) {
        const int s = score(index.data(m_roles.at(i)).toString(), m_query, i == 0);
        if (s >= 0 && (best < 0 || s < best))
            best = s;
    }
    return best;
}

bool SwitcherFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid() && rowScore(sourceRow) >= 0;
}

bool SwitcherFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int l = rowScore(left.row()), r = rowScore(right.row());
    return l != r ? l < r : left.row() < right.row();
}

} // namespace Tandem
