#include "widgets/ChatView.h"

#include "account/Account.h"
#include "models/TimelineModel.h"
#include "profile/Jid.h"
#include "rooms/RoomService.h"
#include "session/ChatStateTracker.h"
#include "storage/ConversationStateStore.h"
#include "storage/MessageEvents.h"
#include "storage/MessageLimits.h"
#include "widgets/ChatHeader.h"
#include "widgets/MessageComposer.h"
#include "widgets/TimelineView.h"

#include <QDesktopServices>
#include <QKeyEvent>
#include <QLabel>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace Tandem {

ChatView::ChatView(QWidget *parent)
    : QWidget(parent)
    , m_draftTimer(new QTimer(this))
    , m_emptyHint(new QLabel)
    , m_model(new TimelineModel(this))
    , m_header(new ChatHeader)
    , m_view(new TimelineView)
    , m_correctionBar(new QLabel)
    , m_limitBar(new QLabel)
    , m_composer(new MessageComposer)
    , m_chatState(new ChatStateTracker(5000, this))
{
    // A draft is written a moment after typing stops, so a crash loses at most that moment.
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(1000);
    connect(m_draftTimer, &QTimer::timeout, this, &ChatView::saveDraft);
    setObjectName(QStringLiteral("chatView"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_correctionBar);
    layout->addWidget(m_limitBar);
    m_limitBar->setObjectName(QStringLiteral("limitBar"));
    m_limitBar->setWordWrap(true);
    m_limitBar->hide();
    layout->addWidget(m_composer);
    layout->addWidget(m_emptyHint, 1);
    m_emptyHint->setObjectName(QStringLiteral("noConversation"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setText(tr("Choose a conversation on the left, press Ctrl+K to go to one, Ctrl+N to start a "
                            "chat or Ctrl+J to join a group chat."));
    showConversation(false);
    connect(m_header, &ChatHeader::problem, this, &ChatView::problem);
    m_correctionBar->setObjectName(QStringLiteral("correctionBar"));
    m_correctionBar->setText(tr("Correcting your last message. Esc gives it up."));
    m_correctionBar->hide();
    m_composer->setObjectName(QStringLiteral("composer"));
    m_composer->setPrompt(tr("Write a message…"));
    m_composer->setEnabled(false);
    m_composer->installEventFilter(this);
    connect(m_composer, &MessageComposer::submitted, this, &ChatView::send);
    connect(m_composer, &MessageComposer::editLastRequested, this, &ChatView::editLast);
    connect(m_composer, &QPlainTextEdit::textChanged, this, [this] {
        m_draftTimer->start();
        // Said while typing: after Enter it would be too late to shorten it comfortably.
        const QString tooLong = MessageLimits::refusal(m_composer->toPlainText(), maxBodyBytes());
        m_limitBar->setText(tooLong);
        m_limitBar->setVisible(!tooLong.isEmpty());
        if (!isRoom())
            m_chatState->edited(!m_composer->toPlainText().trimmed().isEmpty());
    });
    connect(m_chatState, &ChatStateTracker::changed, this, [this](ChatState state) {
        if (m_account && !m_conversation.isEmpty())
            m_account->sendChatState(m_conversation, state);
    });
    m_view->setTimeline(m_model);
    connect(m_view, &TimelineView::linkActivated, this, [this](const QString &url) {
        // An xmpp: link opens in Tandem itself (a chat, a room to join), the rest in the browser.
        if (url.startsWith(QLatin1String("xmpp:"), Qt::CaseInsensitive))
            Q_EMIT uriRequested(url);
        else if (!QDesktopServices::openUrl(QUrl::fromUserInput(url)))
            Q_EMIT problem(tr("Could not open %1").arg(url));
    });
    connect(m_model, &TimelineModel::positioned, this, [this](int row) {
        if (!std::exchange(m_markUnread, false))
            return;
        // Positioned at the last read message: the line goes above the one after it.
        const QModelIndex next = m_model->index(row + 1);
        if (next.isValid()
            && next.data(TimelineModel::RowKindRole).toInt() == int(TimelineModel::RowKind::Message)) {
            m_model->setFirstUnreadRowId(next.data(TimelineModel::RowIdRole).toLongLong());
            m_view->scrollTo(next, QAbstractItemView::PositionAtTop);
        }
    });
}

void ChatView::saveDraft()
{
    m_draftTimer->stop();
    // A correction in progress is not a draft of a new message.
    if (!m_account || m_conversation.isEmpty() || !m_replaceId.isEmpty())
        return;
    const QString draft = m_composer->toPlainText();
    if (draft == m_savedDraft)
        return;
    m_savedDraft = draft;
    m_account->messageEvents()->setDraft(m_conversation, draft);
}

void ChatView::open(Account *account, const QString &conversation, bool unread)
{
    saveDraft();
    if (m_account != account || m_conversation != conversation) {
        // What was being typed to the last one is no longer being typed.
        if (m_chatState->state() != ChatState::None && m_account && !isRoom())
            m_account->sendChatState(m_conversation, ChatState::Paused);
        m_chatState->reset();
        cancelCorrection();
        if (m_account) {
            disconnect(m_account->rooms(), nullptr, this, nullptr);
            disconnect(m_account->messageEvents(), nullptr, this, nullptr);
        }
    }
    m_account = account;
    m_conversation = conversation;
    m_header->setConversation(account, conversation);
    showConversation(!conversation.isEmpty());
    m_composer->setEnabled(account != nullptr);
    m_composer->setPrompt(
        isRoom() ? tr("Write to %1…").arg(Jid::bare(conversation)) : tr("Write a message…"));
    m_composer->setCompletion(isRoom() && Jid::resource(conversation).isEmpty() ? &m_nicks : nullptr);
    if (account) {
        connect(account->rooms(), &RoomService::roomEvent, this, [this](const QString &room) {
            if (room == m_conversation)
                refreshNicks();
        });
        // Who spoke last is whom one most likely answers: they come first in the completion.
        connect(account->messageEvents(), &MessageEvents::messageAdded, this, [this](const Message &message) {
            if (message.conversation == m_conversation && message.direction == Message::Direction::Incoming
                && message.kind != Message::Kind::RoomEvent)
                m_nicks.noteSpoke(message.sender);
        });
    }
    refreshNicks();
    m_composer->blockSignals(true);
    m_composer->clear();
    m_composer->blockSignals(false);
    m_savedDraft.clear();
    m_markUnread = false;
    m_model->setFirstUnreadRowId(0);
    m_model->setConversation(account ? account->messageEvents() : nullptr, conversation);
    m_composer->setFocus();
    if (!account)
        return;
    // The state as it was before this opening marks the conversation read: queued first on the
    // storage thread, it is answered first.
    account->messageEvents()->conversationState()->state(account->jid(), conversation, this,
        [this, account, conversation, unread](const ConversationState &state) {
            if (m_account != account || m_conversation != conversation)
                return;
            if (!state.draft.isEmpty() && m_composer->toPlainText().isEmpty()) {
                m_savedDraft = state.draft;
                m_composer->setPlainText(state.draft);
                m_composer->moveCursor(QTextCursor::End);
            }
            if (unread && state.read.rowId > 0) {
                m_markUnread = true;
                m_model->openAt(state.read.rowId);
            }
        });
}

void ChatView::showConversation(bool shown)
{
    m_header->setVisible(shown);
    m_view->setVisible(shown);
    m_composer->setVisible(shown);
    m_emptyHint->setVisible(!shown);
}

void ChatView::showMessage(qint64 rowId)
{
    m_model->openAt(rowId);
}

int ChatView::maxBodyBytes() const
{
    return m_account ? m_account->messageEvents()->maxBodyBytes() : MessageLimits::maxBodyBytes();
}

bool ChatView::isRoom() const
{
    return m_account && m_account->rooms()->allRooms().contains(Jid::bare(m_conversation));
}

void ChatView::refreshNicks()
{
    // Called again when the room is joined or left: the prompt and completion follow.
    m_composer->setPrompt(
        isRoom() ? tr("Write to %1…").arg(Jid::bare(m_conversation)) : tr("Write a message…"));
    m_composer->setCompletion(isRoom() && Jid::resource(m_conversation).isEmpty() ? &m_nicks : nullptr);
    const RoomMirror *mirror = m_account ? m_account->rooms()->mirror(m_conversation) : nullptr;
    m_nicks.setOccupants(mirror ? mirror->occupants().keys() : QStringList());
    m_nicks.setOwnNick(mirror ? mirror->ownNick() : QString());
    m_model->setOwnNick(mirror ? mirror->ownNick() : QString());
}

void ChatView::send(const QString &text)
{
    if (!m_account || text.trimmed().isEmpty())
        return;
    // Refused here, before the composer lets go of the text.
    if (const QString why = MessageLimits::refusal(text, maxBodyBytes()); !why.isEmpty()) {
        Q_EMIT problem(why);
        return;
    }
    const QString replaceId = std::exchange(m_replaceId, QString());
    m_correctionBar->hide();
    m_chatState->reset();
    m_composer->clear();
    saveDraft(); // the draft is sent: an empty one now
    // A room (or an occupant of one) goes through the account's rooms: held here or by the anchor.
    RoomService *rooms = m_account->rooms();
    const QString room = Jid::bare(m_conversation);
    if (rooms->rooms().contains(room)) {
        const QString nick = Jid::resource(m_conversation);
        if (!nick.isEmpty())
            rooms->sendPrivateMessage(room, nick, text);
        else if (!replaceId.isEmpty())
            rooms->correctMessage(room, replaceId, text);
        else
            rooms->sendMessage(room, text);
    } else {
        m_account->sendMessage(m_conversation, text, {}, replaceId);
    }
}

void ChatView::editLast()
{
    const int row = m_model->lastOutgoingRow();
    if (row < 0 || (isRoom() && !Jid::resource(m_conversation).isEmpty()))
        return;
    const QModelIndex index = m_model->index(row);
    m_replaceId = index.data(TimelineModel::MessageIdRole).toString();
    if (m_replaceId.isEmpty())
        return;
    m_composer->setPlainText(index.data(TimelineModel::BodyRole).toString());
    m_composer->moveCursor(QTextCursor::End);
    m_correctionBar->show();
    m_view->scrollTo(index);
}

void ChatView::cancelCorrection()
{
    if (m_replaceId.isEmpty())
        return;
    m_replaceId.clear();
    m_correctionBar->hide();
    m_composer->clear();
}

bool ChatView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_composer && event->type() == QEvent::KeyPress && !m_replaceId.isEmpty()
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        cancelCorrection();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Tandem
