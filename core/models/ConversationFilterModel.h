#pragma once

#include <QSortFilterProxyModel>

namespace Tandem {

/// The conversation list narrowed to what was typed in its filter box: a row stays when its
/// display name or its JID contains the text, in any case. Keeps the source model's order.
class ConversationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ConversationFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace Tandem
