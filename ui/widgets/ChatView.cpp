#include "widgets/ChatView.h"

#include "account/Account.h"
#include "models/TimelineModel.h"
#include "profile/Jid.h"
#include "rooms/RoomService.h"
#include "widgets/TimelineView.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Tandem {

ChatView::ChatView(QWidget *parent)
    : QWidget(parent)
    , m_model(new TimelineModel(this))
    , m_title(new QLabel)
    , m_view(new TimelineView)
    , m_input(new QLineEdit)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_input);
    m_input->setPlaceholderText(tr("Write a message…"));
    m_input->setEnabled(false);
    connect(m_input, &QLineEdit::returnPressed, this, &ChatView::send);
    m_view->setTimeline(m_model);
}

void ChatView::open(Account *account, const QString &conversation)
{
    m_account = account;
    m_conversation = conversation;
    m_title->setText(QStringLiteral("<b>%1</b>").arg(conversation.toHtmlEscaped()));
    m_input->setEnabled(account != nullptr);
    m_model->setConversation(account ? account->messageEvents() : nullptr, conversation);
    m_input->setFocus();
}

void ChatView::send()
{
    const QString text = m_input->text();
    if (!m_account || text.trimmed().isEmpty())
        return;
    // A room (or an occupant of one) goes through the account's rooms: held here or by the anchor.
    RoomService *rooms = m_account->rooms();
    const QString room = Jid::bare(m_conversation);
    if (rooms->rooms().contains(room)) {
        const QString nick = Jid::resource(m_conversation);
        if (nick.isEmpty())
            rooms->sendMessage(room, text);
        else
            rooms->sendPrivateMessage(room, nick, text);
    } else {
        m_account->sendMessage(m_conversation, text);
    }
    m_input->clear();
}

} // namespace Tandem
