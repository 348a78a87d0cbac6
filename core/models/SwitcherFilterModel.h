#pragma once

#include <QSortFilterProxyModel>
#include <QVector>

namespace Tandem {

/// The quick switcher's list (Ctrl+K): the rows of a conversation list that match what is typed,
/// best match first — whole name, name prefix, a word of the name, address prefix, anywhere,
/// then the letters of a name in order ("tdv" finds "tandem-dev") — and, among equal matches, in the
/// source's order (most recent activity). An empty query keeps every row in source order.
class SwitcherFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SwitcherFilterModel(QObject *parent = nullptr);

    /// The roles holding what a row is called (display name first, then the address).
    void setTextRoles(const QVector<int> &roles);
    void setQuery(const QString &query);
    QString query() const { return m_query; }

    /// How well `text` matches `query`: 0 best, higher worse, -1 no match. Case-insensitive.
    static int score(const QString &text, const QString &query, bool isName);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int rowScore(int sourceRow) const;

    QVector<int> m_roles { Qt::DisplayRole };
    QString m_query;
};

} // namespace Tandem
