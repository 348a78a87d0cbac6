#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace Tandem {

class ActivityMonitor;

/// Watches the application's input — key presses, clicks, the wheel, pointer moves over its
/// windows, a window coming to the front — and tells the ActivityMonitor the user is here.
/// Installed on qApp. Only the fact of input is passed on, never what was typed.
class InputActivityFilter : public QObject
{
    Q_OBJECT
public:
    InputActivityFilter(ActivityMonitor *monitor, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ActivityMonitor *m_monitor;
    QElapsedTimer m_sinceNoted; ///< pointer moves come by the hundred: at most one a second counts
};

} // namespace Tandem
