#include "dialogs/JoinRoomDialog.h"

#include "account/Account.h"
#include "ctl/StatusText.h"
#include "models/RoomListModel.h"
#include "profile/Jid.h"
#include "rooms/JoinAttempt.h"
#include "rooms/RoomService.h"
#include "xmpp/RoomDirectory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace Tandem {

JoinRoomDialog::JoinRoomDialog(Account *account, QWidget *parent)
    : QDialog(parent)
    , m_account(account)
    , m_directory(new RoomDirectory(account->client(), this))
    , m_rooms(new RoomListModel(this))
    , m_filtered(new QSortFilterProxyModel(this))
    , m_address(new QLineEdit(this))
    , m_nick(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_service(new QComboBox(this))
    , m_listButton(new QPushButton(tr("&List rooms"), this))
    , m_filter(new QLineEdit(this))
    , m_roomList(new QListView(this))
    , m_browseState(new QLabel(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Join a Group Chat"));
    setObjectName(QStringLiteral("joinRoomDialog"));

    m_address->setObjectName(QStringLiteral("roomAddress"));
    m_address->setPlaceholderText(tr("room@conference.example.org"));
    m_address->setAccessibleName(tr("Room address"));
    m_nick->setObjectName(QStringLiteral("roomNick"));
    m_nick->setText(account->rooms()->defaultNick());
    m_nick->setAccessibleName(tr("Nickname"));
    m_password->setObjectName(QStringLiteral("roomPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Only if the room has one"));
    m_password->setAccessibleName(tr("Room password"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Nickname:"), m_nick);
    form->addRow(tr("&Password:"), m_password);

    // Browsing: the services the server has, then the public rooms of the one chosen.
    m_service->setObjectName(QStringLiteral("roomService"));
    m_service->setEditable(true);
    m_service->setAccessibleName(tr("Group chat service"));
    m_listButton->setObjectName(QStringLiteral("listRooms"));
    m_listButton->setAccessibleName(tr("List the service's rooms"));
    m_filter->setObjectName(QStringLiteral("roomFilter"));
    m_filter->setPlaceholderText(tr("Filter rooms"));
    m_filter->setAccessibleName(tr("Filter rooms"));
    m_filtered->setSourceModel(m_rooms);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filtered->setFilterKeyColumn(0);
    m_filtered->setFilterRole(Qt::DisplayRole);
    m_roomList->setObjectName(QStringLiteral("roomList"));
    m_roomList->setModel(m_filtered);
    m_roomList->setAccessibleName(tr("Rooms of the service"));
    m_roomList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_browseState->setObjectName(QStringLiteral("browseState"));
    m_browseState->setWordWrap(true);

    auto *browse = new QGroupBox(tr("Browse rooms"), this);
    auto *serviceRow = new QHBoxLayout;
    serviceRow->addWidget(m_service, 1);
    serviceRow->addWidget(m_listButton);
    auto *browseLayout = new QVBoxLayout(browse);
    browseLayout->addLayout(serviceRow);
    browseLayout->addWidget(m_filter);
    browseLayout->addWidget(m_roomList, 1);
    browseLayout->addWidget(m_browseState);

    m_message->setObjectName(QStringLiteral("joinMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_joinButton = m_buttons->addButton(tr("&Join"), QDialogButtonBox::AcceptRole);
    m_joinButton->setObjectName(QStringLiteral("joinButton"));
    m_joinButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(browse, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(460, 520);

    connect(m_address, &QLineEdit::textChanged, this, &JoinRoomDialog::updateJoinButton);
    connect(m_nick, &QLineEdit::textChanged, this, &JoinRoomDialog::updateJoinButton);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &JoinRoomDialog::join);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_listButton, &QPushButton::clicked, this, &JoinRoomDialog::listRooms);
    connect(m_service->lineEdit(), &QLineEdit::returnPressed, this, &JoinRoomDialog::listRooms);
    connect(m_filter, &QLineEdit::textChanged, m_filtered, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_roomList, &QListView::clicked, this, &JoinRoomDialog::pickRoom);
    connect(m_roomList, &QListView::activated, this, [this](const QModelIndex &index) {
        pickRoom(index);
        join();
    });
    connect(m_directory, &RoomDirectory::servicesFound, this, &JoinRoomDialog::onServicesFound);
    connect(m_directory, &RoomDirectory::roomsListed, this,
        [this](const QString &service, const QVector<RoomListing> &rooms, const QString &error) {
            if (service != m_service->currentText().trimmed())
                return; // the user asked for another meanwhile
            m_listButton->setEnabled(true);
            m_rooms->setRooms(rooms);
            if (!error.isEmpty())
                m_browseState->setText(tr("Could not list the rooms of %1: %2").arg(service, error));
            else if (rooms.isEmpty())
                m_browseState->setText(tr("%1 lists no public rooms.").arg(service));
            else
                m_browseState->setText(tr("%n room(s)", nullptr, rooms.size()));
        });

    updateJoinButton();
    m_browseState->setText(tr("Looking for the server's group chat services…"));
    m_directory->findServices();
    m_address->setFocus();
}

void JoinRoomDialog::setRoom(const QString &room)
{
    m_address->setText(room);
}

QString JoinRoomDialog::room() const
{
    return Jid::bare(m_address->text().trimmed());
}

void JoinRoomDialog::onServicesFound(const QStringList &services, const QString &error)
{
    if (!error.isEmpty()) {
        m_browseState->setText(tr("Could not ask the server for its group chat services: %1").arg(error));
        return;
    }
    m_service->clear();
    m_service->addItems(services);
    if (services.isEmpty()) {
        m_browseState->setText(tr("The server names no group chat service; type one to list its rooms."));
        return;
    }
    m_browseState->clear();
    listRooms();
}

void JoinRoomDialog::listRooms()
{
    const QString service = m_service->currentText().trimmed();
    if (service.isEmpty())
        return;
    m_listButton->setEnabled(false);
    m_browseState->setText(tr("Listing the rooms of %1…").arg(service));
    m_directory->listRooms(service);
}

void JoinRoomDialog::pickRoom(const QModelIndex &index)
{
    if (index.isValid())
        m_address->setText(index.data(RoomListModel::JidRole).toString());
}

void JoinRoomDialog::updateJoinButton()
{
    m_joinButton->setEnabled(
        !m_busy && !m_address->text().trimmed().isEmpty() && !m_nick->text().trimmed().isEmpty());
}

void JoinRoomDialog::setBusy(bool busy, const QString &state)
{
    m_busy = busy;
    for (QWidget *field : { static_cast<QWidget *>(m_address), static_cast<QWidget *>(m_nick),
             static_cast<QWidget *>(m_password) })
        field->setEnabled(!busy);
    if (!state.isEmpty()) {
        m_message->setText(state);
        m_message->show();
    }
    updateJoinButton();
}

void JoinRoomDialog::showError(const QString &text)
{
    setBusy(false);
    m_message->setText(text);
    m_message->show();
    m_address->setFocus();
}

void JoinRoomDialog::join()
{
    if (m_busy || !m_account)
        return;
    const QString address = room();
    QString why;
    if (!Jid::isValidBare(address, &why) || !address.contains(QLatin1Char('@'))) {
        showError(why.isEmpty()
                ? tr("'%1' is not a room address: it needs a name, an @ and a service.").arg(address)
                : tr("'%1' is not a room address: %2").arg(address, why));
        return;
    }
    const RoomMirror *mirror = m_account->rooms()->mirror(address);
    if (mirror && mirror->state() == RoomMirror::State::Joined) {
        Q_EMIT joined(address); // already in it: just open it
        accept();
        return;
    }
    setBusy(true, tr("Joining %1…").arg(address));
    JoinAttempt *attempt
        = JoinAttempt::start(m_account->rooms(), address, m_nick->text().trimmed(), m_password->text());
    connect(attempt, &JoinAttempt::joined, this, [this](const QString &room) {
        Q_EMIT joined(room);
        accept();
    });
    connect(attempt, &JoinAttempt::refused, this, [this](const QString &room, const QString &condition) {
        showError(tr("Could not join %1: %2").arg(room, StatusText::joinError(condition)));
    });
    connect(attempt, &JoinAttempt::timedOut, this, [this](const QString &room) {
        showError(tr("No answer from %1 yet; Tandem keeps trying and opens it when it answers.").arg(room));
    });
}

} // namespace Tandem
