#pragma once

#include <QSystemTrayIcon>

class QAbstractItemModel;
class QMenu;

namespace Tandem {

class UnreadTotal;

/// Tandem in the system tray: the number of unread messages in its tooltip (UnreadTotal over the
/// conversation list), and a menu to show the window or quit. Create it only where
/// QSystemTrayIcon::isSystemTrayAvailable().
class TrayIcon : public QSystemTrayIcon
{
    Q_OBJECT
public:
    explicit TrayIcon(QAbstractItemModel *conversations, QObject *parent = nullptr);
    ~TrayIcon() override;

    /// What the tooltip says for `unread` messages.
    static QString toolTipFor(qint64 unread);

Q_SIGNALS:
    void showRequested();
    void quitRequested();

private:
    UnreadTotal *m_unread;
    QMenu *m_menu;
};

} // namespace Tandem
