#include "widgets/ChatHeader.h"

#include "account/Account.h"
#include "profile/HiddenRooms.h"
#include "profile/Jid.h"
#include "rooms/RoomService.h"
#include "widgets/Icons.h"

#include <QAction>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace Tandem {

ChatHeader::ChatHeader(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_subject(new QLabel)
    , m_roomMenu(new QToolButton)
{
    setObjectName(QStringLiteral("chatHeader"));
    m_title->setObjectName(QStringLiteral("chatTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subject->setObjectName(QStringLiteral("roomSubject"));
    m_subject->setTextFormat(Qt::PlainText);
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subject->setForegroundRole(QPalette::PlaceholderText);
    m_subject->hide();
    m_roomMenu->setObjectName(QStringLiteral("roomMenu"));
    m_roomMenu->setText(tr("Room"));
    m_roomMenu->setAccessibleName(tr("Room actions"));
    m_roomMenu->setToolTip(tr("Room actions"));
    Icons::set(m_roomMenu, Icons::More);
    m_roomMenu->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_roomMenu->setAutoRaise(true);
    m_roomMenu->setPopupMode(QToolButton::InstantPopup);
    // The "..." says that it opens a menu: no arrow in its corner.
    m_roomMenu->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; }"));
    auto *menu = new QMenu(m_roomMenu);
    menu->addAction(tr("Change Your &Nick…"), this, &ChatHeader::changeNick);
    menu->addAction(tr("Change the &Subject…"), this, &ChatHeader::changeSubject);
    menu->addSeparator();
    m_hideAction = menu->addAction(tr("&Hide on This Device"), this, [this] {
        if (m_account && m_hidden)
            m_hidden->setHidden(m_account->jid(), Jid::bare(m_conversation), true);
    });
    Icons::set(m_hideAction, Icons::Hide, menu);
    m_hideAction->setObjectName(QStringLiteral("hideRoom"));
    m_hideAction->setVisible(false);
    QAction *leave = menu->addAction(tr("&Leave the Room"), this, [this] {
        if (m_account)
            m_account->rooms()->leave(Jid::bare(m_conversation));
    });
    Icons::set(leave, Icons::Leave, menu);
    m_roomMenu->setMenu(menu);
    m_roomMenu->hide();

    auto *texts = new QVBoxLayout;
    texts->setContentsMargins(0, 0, 0, 0);
    texts->setSpacing(0);
    texts->addWidget(m_title);
    texts->addWidget(m_subject);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(texts, 1);
    layout->addWidget(m_roomMenu, 0, Qt::AlignTop);
}

void ChatHeader::setConversation(Account *account, const QString &conversation)
{
    if (m_account)
        disconnect(m_account->rooms(), nullptr, this, nullptr);
    m_account = account;
    m_conversation = conversation;
    if (account) {
        connect(account->rooms(), &RoomService::roomEvent, this, [this](const QString &room) {
            if (room == m_conversation)
                refresh();
        });
    }
    refresh();
}

void ChatHeader::setHiddenRooms(HiddenRooms *hidden)
{
    m_hidden = hidden;
    m_hideAction->setVisible(hidden != nullptr);
}

QString ChatHeader::subject() const
{
    return m_subject->isVisible() ? m_subject->text() : QString();
}

void ChatHeader::refresh()
{
    m_title->setText(m_conversation);
    m_title->setAccessibleName(tr("Conversation with %1").arg(m_conversation));
    const RoomMirror *mirror = m_account && Jid::resource(m_conversation).isEmpty()
        ? m_account->rooms()->mirror(m_conversation)
        : nullptr;
    const bool inRoom = m_account && m_account->rooms()->rooms().contains(m_conversation);
    m_roomMenu->setVisible(inRoom);
    const QString subject = mirror ? mirror->subject().simplified() : QString();
    m_subject->setText(subject);
    m_subject->setAccessibleName(tr("Subject: %1").arg(subject));
    m_subject->setVisible(!subject.isEmpty());
}

void ChatHeader::changeNick()
{
    const RoomMirror *mirror = m_account ? m_account->rooms()->mirror(m_conversation) : nullptr;
    if (!mirror)
        return;
    bool ok = false;
    const QString nick = QInputDialog::getText(this, tr("Change Your Nick"),
        tr("Your nick in %1:").arg(m_conversation), QLineEdit::Normal, mirror->ownNick(), &ok)
                             .trimmed();
    if (!ok || nick.isEmpty() || nick == mirror->ownNick())
        return;
    QPointer<ChatHeader> self(this);
    m_account->rooms()->changeNick(m_conversation, nick, [self, nick](const QString &error) {
        if (self && !error.isEmpty())
            Q_EMIT self->problem(tr("The room kept your nick, not %1: %2").arg(nick, error));
    });
}

void ChatHeader::changeSubject()
{
    const RoomMirror *mirror = m_account ? m_account->rooms()->mirror(m_conversation) : nullptr;
    if (!mirror)
        return;
    bool ok = false;
    const QString subject = QInputDialog::getText(this, tr("Change the Subject"),
        tr("Subject of %1:").arg(m_conversation), QLineEdit::Normal, mirror->subject(), &ok);
    if (!ok || subject == mirror->subject())
        return;
    QPointer<ChatHeader> self(this);
    m_account->rooms()->setSubject(m_conversation, subject, [self](const QString &error) {
        if (self && !error.isEmpty())
            Q_EMIT self->problem(tr("The subject was not changed: %1").arg(error));
    });
}

} // namespace Tandem
