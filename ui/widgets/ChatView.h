#pragma once

#include "models/NickCompletion.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTimer;

namespace Tandem {

class Account;
class ChatHeader;
class ChatStateTracker;
class MessageComposer;
class TimelineModel;
class TimelineView;

/// One open conversation: its title, its messages (a TimelineModel, paged as it scrolls) and the
/// composer. Enter sends; Up in an empty composer corrects our last message (XEP-0308), Esc gives
/// the correction up; typing in a 1:1 chat tells the contact (XEP-0085); Tab completes nicks in a
/// room.
class ChatView : public QWidget
{
    Q_OBJECT
public:
    explicit ChatView(QWidget *parent = nullptr);

    /// Opens `conversation` with its draft in the composer; `unread`: it has unread messages, so
    /// it opens at the first of them, under a "new messages" line.
    void open(Account *account, const QString &conversation, bool unread = false);
    /// Writes the composer's text as the open conversation's draft (kept across restarts).
    void saveDraft();
    /// Shows the conversation around message `rowId` (a search hit), not at its end.
    void showMessage(qint64 rowId);
    QString conversation() const { return m_conversation; }

    ChatHeader *header() const { return m_header; }
    TimelineView *timelineView() const { return m_view; }
    MessageComposer *composer() const { return m_composer; }
    TimelineModel *timeline() const { return m_model; }
    /// The id of our message the composer is correcting, or empty.
    QString correcting() const { return m_replaceId; }

Q_SIGNALS:
    /// Something the user asked for did not happen: the reason in words (for the status bar).
    void problem(const QString &text);
    /// An xmpp: link in a message was clicked.
    void uriRequested(const QString &uri);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void send(const QString &text);
    void editLast();
    void cancelCorrection();
    bool isRoom() const;
    /// The longest message the open conversation's account may send (what its server allows).
    int maxBodyBytes() const;
    void refreshNicks();
    /// A conversation, or (none open yet) a hint on how to open one.
    void showConversation(bool shown);

    QPointer<Account> m_account;
    QString m_conversation;
    QString m_replaceId;
    QString m_savedDraft; ///< the draft as stored: only a change is written
    bool m_markUnread = false; ///< the next positioning is at the last read message
    QTimer *m_draftTimer;
    QLabel *m_emptyHint;
    TimelineModel *m_model;
    ChatHeader *m_header;
    TimelineView *m_view;
    QLabel *m_correctionBar;
    QLabel *m_limitBar; ///< the composer's text is too long to send
    MessageComposer *m_composer;
    ChatStateTracker *m_chatState;
    NickCompletion m_nicks;
};

} // namespace Tandem
