#include "coordinator/ElectionActions.h"

#include <QStringList>

namespace Tandem::Election {

namespace {
template<class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;
} // namespace

QString toString(const Action &action)
{
    return std::visit(
        Overloaded {
            [](const BecomeAnchor &a) { return QStringLiteral("BecomeAnchor term=%1").arg(a.term); },
            [](const StartTakeover &a) { return QStringLiteral("StartTakeover term=%1").arg(a.term); },
            [](const SendHandover &a) {
                return QStringLiteral("SendHandover to=%1 term=%2").arg(a.to).arg(a.term);
            },
            [](const LeaveRooms &) { return QStringLiteral("LeaveRooms"); },
            [](const FollowAnchor &a) {
                return QStringLiteral("FollowAnchor %1 term=%2")
                    .arg(a.fullJid.isEmpty() ? QStringLiteral("-") : a.fullJid)
                    .arg(a.term);
            },
            [](const BecomeSolo &a) { return QStringLiteral("BecomeSolo term=%1").arg(a.term); },
            [](const PublishPresence &a) {
                return QStringLiteral("PublishPresence {%1}").arg(toString(a.device));
            },
        },
        action);
}

QString toString(const Actions &actions)
{
    QStringList parts;
    for (const auto &action : actions)
        parts << toString(action);
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

} // namespace Tandem::Election
