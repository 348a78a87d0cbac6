#include "rooms/RoomVerdicts.h"

#include <QTimer>
#include <optional>

namespace Tandem {

RoomVerdicts::RoomVerdicts(QObject *parent, int timeoutMs)
    : QObject(parent)
    , m_timeoutMs(timeoutMs)
{ }

void RoomVerdicts::await(const QString &room, Kind kind, const QString &value, Done done)
{
    const quint64 id = m_nextId++;
    m_waiting[room].append({ kind, value, id, std::move(done) });
    QTimer::singleShot(m_timeoutMs, this, [this, room, id] {
        QVector<Waiting> &waiting = m_waiting[room];
        for (auto it = waiting.begin(); it != waiting.end(); ++it) {
            if (it->id == id) {
                const Done done = std::move(it->done);
                waiting.erase(it);
                done(QStringLiteral("remote-server-timeout"));
                return;
            }
        }
    });
}

void RoomVerdicts::roomEvent(const QString &room, const RoomMirror::Event &event, const QString &ownNick)
{
    using Type = RoomMirror::Event::Type;
    const auto waiting = m_waiting.find(room);
    if (waiting == m_waiting.end() || waiting->isEmpty())
        return;
    const bool out = event.type == Type::Left || event.type == Type::JoinFailed;
    const QString refusal = event.detail.isEmpty() ? QStringLiteral("not-acceptable") : event.detail;
    // The verdict on `w`, if this event is one: null if not, empty if granted.
    const auto verdict = [&](const Waiting &w) -> std::optional<QString> {
        if (out)
            return QStringLiteral("not-joined");
        if (w.kind == Kind::Nick && event.type == Type::NickChanged && event.newNick == ownNick
            && event.newNick == w.value)
            return QString();
        if (w.kind == Kind::Nick && event.type == Type::NickRefused && event.nick == w.value)
            return refusal;
        if (w.kind == Kind::Subject && event.type == Type::SubjectChanged && event.detail == w.value)
            return QString();
        if (w.kind == Kind::Subject && event.type == Type::SubjectRefused)
            return refusal; // the room's error names no subject: it answers the oldest we sent
        return std::nullopt;
    };
    QVector<QPair<Done, QString>> answers;
    for (auto it = waiting->begin(); it != waiting->end();) {
        if (const auto v = verdict(*it)) {
            answers.append({ std::move(it->done), *v });
            it = waiting->erase(it);
            if (event.type == Type::SubjectRefused)
                break;
        } else {
            ++it;
        }
    }
    for (const auto &[done, error] : answers)
        done(error);
}

} // namespace Tandem
