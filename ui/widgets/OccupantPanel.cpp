#include "OccupantPanel.h"

#include "models/OccupantListModel.h"
#include "widgets/Icons.h"
#include "widgets/OccupantDelegate.h"

#include <QLineEdit>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Tandem {

OccupantPanel::OccupantPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new OccupantListModel(this))
    , m_header(new QToolButton)
    , m_filter(new QLineEdit)
    , m_list(new QListView)
{
    setObjectName(QStringLiteral("occupantPanel"));
    m_header->setObjectName(QStringLiteral("occupantHeader"));
    m_header->setCheckable(true);
    m_header->setChecked(true);
    m_header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    Icons::set(m_header, Icons::Occupants);
    m_header->setAutoRaise(true);
    m_header->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_filter->setObjectName(QStringLiteral("occupantFilter"));
    m_filter->setPlaceholderText(tr("Filter occupants"));
    m_filter->setAccessibleName(tr("Filter occupants"));
    m_filter->setClearButtonEnabled(true);
    Icons::addToLine(m_filter, Icons::Search);
    m_list->setObjectName(QStringLiteral("occupants"));
    m_list->setAccessibleName(tr("Occupants"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new OccupantDelegate(m_list));
    // Rows that open a group are taller (their heading); laid out in batches, a room of thousands
    // stays responsive.
    m_list->setUniformItemSizes(false);
    m_list->setLayoutMode(QListView::Batched);
    m_list->setBatchSize(500);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);

    connect(m_header, &QToolButton::toggled, this, [this](bool open) {
        m_filter->setVisible(open);
        m_list->setVisible(open);
    });
    connect(m_filter, &QLineEdit::textChanged, m_model, &OccupantListModel::setFilter);
    connect(m_model, &OccupantListModel::countChanged, this, &OccupantPanel::refreshHeader);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &OccupantPanel::refreshHeader);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &OccupantPanel::refreshHeader);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OccupantPanel::refreshHeader);
    refreshHeader();
}

void OccupantPanel::setRoom(RoomService *rooms, const QString &room)
{
    m_filter->clear();
    m_model->setRoom(rooms, room);
    setVisible(!room.isEmpty());
    refreshHeader();
}

QString OccupantPanel::headerText() const
{
    return m_header->text();
}

bool OccupantPanel::isCollapsed() const
{
    return !m_header->isChecked();
}

void OccupantPanel::refreshHeader()
{
    const int shown = m_model->rowCount();
    const int all = m_model->count();
    m_header->setText(
        shown == all ? tr("Occupants (%1)").arg(all) : tr("Occupants (%1 of %2)").arg(shown).arg(all));
    m_header->setAccessibleName(m_header->text());
    m_header->setToolTip(tr("Show or hide the occupants"));
}

} // namespace Tandem
