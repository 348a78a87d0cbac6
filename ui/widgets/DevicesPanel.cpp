#include "DevicesPanel.h"

#include "models/DeviceListModel.h"

#include <QCheckBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tandem {

DevicesPanel::DevicesPanel(DeviceListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_summary(new QLabel)
    , m_devices(new QListView)
    , m_rooms(new QLabel)
    , m_makeAnchor(new QPushButton(tr("Make This Device the Anchor")))
    , m_alwaysOn(new QCheckBox(tr("This device is always on")))
{
    setObjectName(QStringLiteral("devicesPanel"));
    m_summary->setObjectName(QStringLiteral("devicesSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_devices->setObjectName(QStringLiteral("devices"));
    m_devices->setModel(model);
    m_devices->setAccessibleName(tr("Devices of this account"));
    m_devices->setSelectionMode(QAbstractItemView::NoSelection);
    m_rooms->setObjectName(QStringLiteral("deviceRooms"));
    m_rooms->setWordWrap(true);
    m_rooms->setTextFormat(Qt::PlainText);
    m_rooms->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_makeAnchor->setObjectName(QStringLiteral("makeAnchor"));
    m_makeAnchor->setAccessibleName(m_makeAnchor->text());
    m_makeAnchor->setToolTip(tr("This device joins the rooms and relays them to the others"));
    m_alwaysOn->setObjectName(QStringLiteral("alwaysOn"));
    m_alwaysOn->setAccessibleName(m_alwaysOn->text());
    m_alwaysOn->setToolTip(tr("An always-on device is preferred as the anchor"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_devices, 1);
    layout->addWidget(m_rooms);
    layout->addWidget(m_makeAnchor);
    layout->addWidget(m_alwaysOn);

    connect(m_makeAnchor, &QPushButton::clicked, model, &DeviceListModel::preferThisDevice);
    connect(m_alwaysOn, &QCheckBox::toggled, model, [model](bool on) {
        if (on != model->alwaysOn())
            model->setAlwaysOn(on);
    });
    connect(model, &DeviceListModel::summaryChanged, this, &DevicesPanel::refresh);
    // The reason and the held rooms are per row: they may change without the summary.
    connect(model, &QAbstractItemModel::dataChanged, this, &DevicesPanel::refresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &DevicesPanel::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &DevicesPanel::refresh);
    refresh();
}

QString DevicesPanel::summaryText() const
{
    return m_summary->text();
}

QString DevicesPanel::roomsText() const
{
    return m_rooms->text();
}

void DevicesPanel::refresh()
{
    QString summary = DeviceListModel::statusText(m_model->status());
    const QString reason = DeviceListModel::reasonText(m_model->anchorReason());
    if (!m_model->anchor().isEmpty() && !reason.isEmpty())
        summary = tr("%1 · the anchor is %2 (%3)").arg(summary, m_model->anchor(), reason);
    if (m_model->term() > 0)
        summary = tr("%1 · term %2").arg(summary).arg(m_model->term());
    m_summary->setText(summary);

    QStringList rooms;
    for (const QString &room : m_model->rooms()) {
        const QString holder = m_model->holderOf(room);
        rooms << (holder.isEmpty() ? tr("%1: held by no device yet").arg(room)
                                   : tr("%1: held by %2").arg(room, holder));
    }
    m_rooms->setText(rooms.isEmpty() ? tr("No rooms") : rooms.join(QLatin1Char('\n')));

    const bool online = m_model->account() && m_model->status() != DeviceListModel::Status::Offline;
    m_makeAnchor->setEnabled(
        online && m_model->role() != DeviceRole::Anchor && m_model->role() != DeviceRole::Solo);
    m_alwaysOn->setEnabled(m_model->account() != nullptr);
    const QSignalBlocker blocker(m_alwaysOn);
    m_alwaysOn->setChecked(m_model->alwaysOn());
}

} // namespace Tandem
