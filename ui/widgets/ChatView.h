#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;

namespace Tandem {

class Account;
class MessageListModel;

/// One open conversation: its messages (a MessageListModel) and a line to write in.
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
    MessageListModel *m_model;
    QLabel *m_title;
    QListView *m_view;
    QLineEdit *m_input;
};

} // namespace Tandem
