#include "widgets/StorageBanner.h"

#include "account/Instance.h"
#include "storage/Database.h"
#include "storage/HeldMessages.h"
#include "storage/MessageStore.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Tandem {

namespace {
// Light strips with dark text: as readable in a dark theme as in a light one.
const QString damagedStyle
    = QStringLiteral("#storageBanner { background: #f6d5d5; border-bottom: 1px solid #c98b8b; } "
                     "#storageBanner QLabel { color: #4a1212; }");
const QString heldStyle
    = QStringLiteral("#storageBanner { background: #fbeac0; border-bottom: 1px solid #d3b15f; } "
                     "#storageBanner QLabel { color: #3d2e05; }");
} // namespace

StorageBanner::StorageBanner(Instance *instance, QWidget *parent)
    : QFrame(parent)
    , m_instance(instance)
    , m_text(new QLabel)
{
    setObjectName(QStringLiteral("storageBanner"));
    setAccessibleName(tr("Message database problem"));
    m_text->setObjectName(QStringLiteral("storageBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_text);
    connect(instance, &Instance::storageChanged, this, &StorageBanner::refresh);
    refresh();
}

QString StorageBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void StorageBanner::refresh()
{
    QString text;
    switch (m_instance ? m_instance->storageState() : Instance::StorageState::Working) {
    case Instance::StorageState::Damaged:
        text = tr("Tandem stopped writing to the message database because it is damaged. Nothing has "
                  "been deleted, and what can still be read is shown. Quit Tandem and run "
                  "“tandem repair”: it keeps the damaged file aside and copies every readable "
                  "message into a new database.");
        setStyleSheet(damagedStyle);
        break;
    case Instance::StorageState::Held: {
        const HeldMessages *held = m_instance->messages()->held();
        text = tr("The message database cannot be written to right now. %1 Messages are kept in "
                  "memory until the database can be written again (%n waiting).",
            nullptr, held->count())
                   .arg(held->reason().message());
        setStyleSheet(heldStyle);
        break;
    }
    case Instance::StorageState::Working:
    case Instance::StorageState::Failing:
        break;
    }
    m_text->setText(text);
    setAccessibleDescription(text);
    setVisible(!text.isEmpty());
}

} // namespace Tandem
