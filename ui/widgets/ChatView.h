#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace Tandem {

class Account;
class TimelineModel;
class TimelineView;

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
    TimelineView *m_view;
    QLineEdit *m_input;
};

} // namespace Tandem
