#include "activity/InputActivityFilter.h"

#include "account/ActivityMonitor.h"

#include <QEvent>

namespace Tandem {

InputActivityFilter::InputActivityFilter(ActivityMonitor *monitor, QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
{ }

bool InputActivityFilter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::WindowActivate:
    case QEvent::MouseMove:
        // The same input reaches the filter once per widget it travels through: one a second is
        // plenty for a two-minute window.
        if (!m_sinceNoted.isValid() || m_sinceNoted.elapsed() >= 1000) {
            m_sinceNoted.start();
            m_monitor->noteInput();
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Tandem
