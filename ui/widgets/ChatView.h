#pragma once

#include <QPersistentModelIndex>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;

namespace Tandem {

class Account;
class TimelineModel;

/// One open conversation: its messages (a TimelineModel, paged as it scrolls) and a line to write in.
class ChatView : public QWidget
{
    Q_OBJECT
public:
    explicit ChatView(QWidget *parent = nullptr);

    void open(Account *account, const QString &conversation);

private:
    void send();

    Account *m_account = nullptr;
    QString m_conversation;
    TimelineModel *m_model;
    QLabel *m_title;
    QListView *m_view;
    QLineEdit *m_input;
    QPersistentModelIndex m_top; ///< the row at the top before rows go in or out above
    bool m_atBottom = true;
};

} // namespace Tandem
