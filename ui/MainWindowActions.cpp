// The main window's menus, shortcuts and the panels they open; MainWindow.cpp lays the window
// out and follows the accounts.
#include "MainWindow.h"

#include "account/Account.h"
#include "account/Coordinator.h"
#include "account/Instance.h"
#include "dialogs/AccountsDialog.h"
#include "dialogs/JoinRoomDialog.h"
#include "models/ConversationListModel.h"
#include "profile/HiddenRooms.h"
#include "widgets/ChatView.h"
#include "widgets/ConversationListView.h"
#include "widgets/Icons.h"
#include "widgets/MessageComposer.h"
#include "widgets/OccupantPanel.h"
#include "widgets/QuickSwitcher.h"
#include "widgets/SearchPanel.h"
#include "widgets/TimelineView.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>

using namespace Tandem;

void MainWindow::setUpActions()
{
    auto *fileMenu = menuBar()->addMenu(tr("&Tandem"));
    fileMenu->addAction(tr("Add an A&ccount…"), this, &MainWindow::addAccount);
    m_anchorAction = fileMenu->addAction(tr("Make This Device the &Anchor"), this, [this] {
        // The anchor is the one device in the account's rooms; the others see them through it.
        if (Account *account = openAccount())
            account->coordinator()->preferAsAnchor();
    });
    m_anchorAction->setEnabled(false);
    Icons::set(m_anchorAction, Icons::Anchor, fileMenu);
    fileMenu->addSeparator();
    fileMenu->addAction(
        tr("&Quit"), this,
        [this] {
            m_chat->saveDraft();
            saveLayout();
            Q_EMIT quitRequested();
        },
        QKeySequence::Quit);

    auto *chatMenu = menuBar()->addMenu(tr("&Conversation"));
    QAction *newChat = chatMenu->addAction(tr("&New Chat…"), this, [this] {
        m_newChat->setFocus();
        m_newChat->selectAll();
    });
    newChat->setShortcut(QKeySequence::New);
    Icons::set(newChat, Icons::NewChat, chatMenu);
    m_joinAction = chatMenu->addAction(tr("&Join a Group Chat…"), this, [this] { joinRoom(); });
    m_joinAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_joinAction->setEnabled(false);
    Icons::set(m_joinAction, Icons::JoinRoom, chatMenu);
    QAction *go = chatMenu->addAction(tr("&Go to Conversation…"), this, &MainWindow::showSwitcher);
    go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    Icons::set(go, Icons::GoTo, chatMenu);
    QMenu *hiddenMenu = chatMenu->addMenu(tr("&Hidden Rooms"));
    hiddenMenu->setObjectName(QStringLiteral("hiddenRoomsMenu"));
    hiddenMenu->setToolTipsVisible(true);
    // Read when it opens: rooms are hidden from several places (the list, the header, ctl).
    connect(hiddenMenu, &QMenu::aboutToShow, this, [this, hiddenMenu] { fillHiddenRoomsMenu(hiddenMenu); });
    fillHiddenRoomsMenu(hiddenMenu);
    chatMenu->addSeparator();
    QAction *find = chatMenu->addAction(tr("&Find in Conversation…"), this, [this] { showSearch(true); });
    find->setShortcut(QKeySequence::Find);
    Icons::set(find, Icons::Search, chatMenu);
    QAction *search = chatMenu->addAction(tr("&Search All Messages…"), this, [this] { showSearch(false); });
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    Icons::set(search, Icons::Search, chatMenu);

    auto *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->addAction(tr("&Accounts…"), this, [this] {
        auto *dialog = new AccountsDialog(m_instance, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    // F6 moves between the panes, as in most desktop applications; Shift+F6 goes back.
    new QShortcut(QKeySequence(Qt::Key_F6), this, [this] { focusPane(+1); });
    new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6), this, [this] { focusPane(-1); });
}

void MainWindow::joinRoom(const QString &room)
{
    Account *account = openAccount();
    if (!account)
        return;
    auto *dialog = new JoinRoomDialog(account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!room.isEmpty())
        dialog->setRoom(room);
    connect(dialog, &JoinRoomDialog::joined, this,
        [this, account](const QString &joined) { openConversation(joined, account); });
    dialog->open();
}

void MainWindow::fillHiddenRoomsMenu(QMenu *menu)
{
    menu->clear();
    HiddenRooms *hidden = m_instance->hiddenRooms();
    for (Account *account : m_instance->accounts()) {
        const QString jid = account->jid();
        for (const QString &room : hidden->rooms(jid)) {
            const QString text = m_instance->accounts().size() > 1 ? tr("%1 (%2)").arg(room, jid) : room;
            QAction *show = menu->addAction(text, this, [this, hidden, jid, room] {
                hidden->setHidden(jid, room, false);
                openConversation(room, m_instance->account(jid));
            });
            show->setToolTip(tr("Show %1 on this device again").arg(room));
        }
    }
    if (menu->isEmpty())
        menu->addAction(tr("No Hidden Rooms"))->setEnabled(false);
}

void MainWindow::showSwitcher()
{
    if (!m_switcher) {
        m_switcher = new QuickSwitcher(m_conversationModel, ConversationListModel::DisplayNameRole,
            ConversationListModel::ConversationRole, this);
        m_switcher->setAccountRole(ConversationListModel::AccountRole);
        // The row's own account: two accounts may both talk to the same address.
        connect(
            m_switcher, &QuickSwitcher::chosen, this, [this](const QString &address, const QString &account) {
                openConversation(address, account.isEmpty() ? nullptr : m_instance->account(account));
            });
    }
    m_switcher->popUp();
}

void MainWindow::showSearch(bool withinConversation)
{
    Account *account = openAccount();
    if (!m_searchDock) {
        m_search = new SearchPanel;
        m_searchDock = new QDockWidget(tr("Search"), this);
        m_searchDock->setObjectName(QStringLiteral("searchDock"));
        m_searchDock->setWidget(m_search);
        addDockWidget(Qt::RightDockWidgetArea, m_searchDock);
        connect(m_search, &SearchPanel::hitActivated, this, [this](const SearchHit &hit) {
            openConversation(hit.conversation, m_instance->account(hit.account));
            m_chat->showMessage(hit.rowId);
        });
        connect(m_search, &SearchPanel::closeRequested, this, [this] {
            m_searchDock->hide();
            m_chat->composer()->setFocus();
        });
    }
    m_search->setScope(m_instance->messages(), account ? account->jid() : QString(), m_openConversation);
    m_search->setWithinConversation(withinConversation && !m_openConversation.isEmpty());
    m_searchDock->show();
    m_searchDock->raise();
    m_search->activate();
}

void MainWindow::focusPane(int step)
{
    QList<QWidget *> panes { m_conversations->listView(), m_chat->timelineView(), m_chat->composer() };
    if (m_occupants->isVisible())
        panes << m_occupants;
    if (m_searchDock && m_searchDock->isVisible())
        panes << m_search;
    QWidget *focus = focusWidget();
    int current = -1;
    for (int i = 0; i < panes.size(); ++i) {
        if (focus && (focus == panes[i] || panes[i]->isAncestorOf(focus)))
            current = i;
    }
    for (int tried = 1; tried <= panes.size(); ++tried) {
        QWidget *next = panes[(current + step * tried + panes.size() * tried) % panes.size()];
        if (next->isVisible() && next->isEnabled()) {
            if (auto *search = qobject_cast<SearchPanel *>(next))
                search->activate();
            else
                next->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}
