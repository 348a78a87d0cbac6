#pragma once

#include "storage/SearchTypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace Tandem {

class MessageStore;
class SearchResultModel;

/// Full-text search over the archive (Ctrl+Shift+F): a query line, all conversations or the open
/// one, the hits with highlighted snippets. Activating a hit asks for it to be opened in context.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPanel(QWidget *parent = nullptr);

    /// Searches `account`'s messages in `store`; `conversation` is what "this conversation" means.
    void setScope(MessageStore *store, const QString &account, const QString &conversation);
    /// Searches the open conversation only (Ctrl+F) or all of them (Ctrl+Shift+F).
    void setWithinConversation(bool within);
    /// Shows the panel with the query line focused and its text selected.
    void activate();
    SearchResultModel *model() const { return m_model; }

Q_SIGNALS:
    void hitActivated(const Tandem::SearchHit &hit);
    void closeRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void runSearch();
    void onFinished(const QString &error);
    void activateRow(const QModelIndex &index);

    SearchResultModel *m_model = nullptr;
    MessageStore *m_store = nullptr;
    QString m_account;
    QString m_conversation;
    QLineEdit *m_query;
    QComboBox *m_where;
    QListView *m_hits;
    QLabel *m_state;
    QTimer *m_typing;
};

} // namespace Tandem
