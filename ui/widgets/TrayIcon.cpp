#include "widgets/TrayIcon.h"

#include "models/UnreadTotal.h"

#include <QApplication>
#include <QMenu>

namespace Tandem {

TrayIcon::TrayIcon(QAbstractItemModel *conversations, QObject *parent)
    : QSystemTrayIcon(parent)
    , m_unread(new UnreadTotal(conversations, this))
    , m_menu(new QMenu)
{
    setIcon(QApplication::windowIcon());
    m_menu->addAction(tr("Show Tandem"), this, &TrayIcon::showRequested);
    m_menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested);
    setContextMenu(m_menu);
    setToolTip(toolTipFor(m_unread->total()));
    connect(
        m_unread, &UnreadTotal::totalChanged, this, [this](qint64 total) { setToolTip(toolTipFor(total)); });
    connect(this, &QSystemTrayIcon::activated, this, [this](ActivationReason reason) {
        if (reason == Trigger || reason == DoubleClick)
            Q_EMIT showRequested();
    });
}

// QSystemTrayIcon does not own its menu.
TrayIcon::~TrayIcon()
{
    delete m_menu;
}

QString TrayIcon::toolTipFor(qint64 unread)
{
    if (unread <= 0)
        return tr("Tandem");
    return tr("Tandem: %n unread message(s)", nullptr, int(qMin<qint64>(unread, INT_MAX)));
}

} // namespace Tandem
