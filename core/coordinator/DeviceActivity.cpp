#include "coordinator/DeviceActivity.h"

namespace Tandem {

QString toString(DeviceActivity::State state)
{
    switch (state) {
    case DeviceActivity::State::Active:
        return QStringLiteral("active");
    case DeviceActivity::State::Idle:
        return QStringLiteral("idle");
    case DeviceActivity::State::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace Tandem
