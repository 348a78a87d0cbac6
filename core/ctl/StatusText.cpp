#include "ctl/StatusText.h"

#include <QCoreApplication>
#include <utility>

namespace Tandem::StatusText {

namespace {

// QT_TRANSLATE_NOOP marks the words for lupdate; lookup() translates them when shown.
struct Word
{
    const char *code;
    const char *text;
};

template<size_t N> QString lookup(const QString &code, const Word (&words)[N])
{
    for (const Word &w : words) {
        if (code == QLatin1String(w.code))
            return QCoreApplication::translate("Tandem::StatusText", w.text);
    }
    return code;
}

} // namespace

QString accountState(const QString &code)
{
    static const Word words[] = {
        { "offline", QT_TRANSLATE_NOOP("Tandem::StatusText", "offline") },
        { "connecting", QT_TRANSLATE_NOOP("Tandem::StatusText", "connecting") },
        { "online", QT_TRANSLATE_NOOP("Tandem::StatusText", "online") },
        { "failed", QT_TRANSLATE_NOOP("Tandem::StatusText", "failed") },
    };
    return lookup(code, words);
}

QString role(const QString &code)
{
    static const Word words[] = {
        // The README's terms: the anchor holds the rooms for the account's siblings; a device
        // alone holds them itself (solo).
        { "anchor", QT_TRANSLATE_NOOP("Tandem::StatusText", "anchor") },
        { "sibling", QT_TRANSLATE_NOOP("Tandem::StatusText", "sibling") },
        { "solo", QT_TRANSLATE_NOOP("Tandem::StatusText", "solo") },
        { "offline", QT_TRANSLATE_NOOP("Tandem::StatusText", "offline") },
    };
    return lookup(code, words);
}

QString roomState(const QString &code)
{
    static const Word words[] = {
        { "idle", QT_TRANSLATE_NOOP("Tandem::StatusText", "not joined") },
        { "joining", QT_TRANSLATE_NOOP("Tandem::StatusText", "joining") },
        { "joined", QT_TRANSLATE_NOOP("Tandem::StatusText", "joined") },
        { "left", QT_TRANSLATE_NOOP("Tandem::StatusText", "left") },
    };
    return lookup(code, words);
}

QString leftReason(const QString &code)
{
    static const Word words[] = {
        { "left", QT_TRANSLATE_NOOP("Tandem::StatusText", "left by the account") },
        { "kicked", QT_TRANSLATE_NOOP("Tandem::StatusText", "kicked") },
        { "banned", QT_TRANSLATE_NOOP("Tandem::StatusText", "banned") },
        { "destroyed", QT_TRANSLATE_NOOP("Tandem::StatusText", "the room was destroyed") },
        { "affiliation-lost", QT_TRANSLATE_NOOP("Tandem::StatusText", "membership removed") },
        { "members-only", QT_TRANSLATE_NOOP("Tandem::StatusText", "the room became members-only") },
        { "service-shutdown", QT_TRANSLATE_NOOP("Tandem::StatusText", "the room service shut down") },
        { "removed", QT_TRANSLATE_NOOP("Tandem::StatusText", "removed from the room") },
        { "disconnected", QT_TRANSLATE_NOOP("Tandem::StatusText", "disconnected") },
        { "join-error", QT_TRANSLATE_NOOP("Tandem::StatusText", "the room refused the join") },
    };
    return lookup(code, words);
}

QString deliveryState(const QString &code)
{
    static const Word words[] = {
        { "received", QT_TRANSLATE_NOOP("Tandem::StatusText", "received") },
        { "pending", QT_TRANSLATE_NOOP("Tandem::StatusText", "pending") },
        { "sent", QT_TRANSLATE_NOOP("Tandem::StatusText", "sent") },
        { "delivered", QT_TRANSLATE_NOOP("Tandem::StatusText", "delivered") },
        { "failed", QT_TRANSLATE_NOOP("Tandem::StatusText", "not delivered") },
    };
    return lookup(code, words);
}

QString joinError(const QString &condition)
{
    static const Word words[] = {
        { "not-authorized",
            QT_TRANSLATE_NOOP("Tandem::StatusText", "a password is required, or it is wrong") },
        { "registration-required", QT_TRANSLATE_NOOP("Tandem::StatusText", "the room is for members only") },
        { "forbidden", QT_TRANSLATE_NOOP("Tandem::StatusText", "you are banned from this room") },
        { "conflict", QT_TRANSLATE_NOOP("Tandem::StatusText", "the nickname is taken") },
        { "service-unavailable", QT_TRANSLATE_NOOP("Tandem::StatusText", "the room is full") },
        { "item-not-found", QT_TRANSLATE_NOOP("Tandem::StatusText", "the room does not exist or is locked") },
        { "not-allowed",
            QT_TRANSLATE_NOOP("Tandem::StatusText", "you may not create rooms on this service") },
        { "jid-malformed", QT_TRANSLATE_NOOP("Tandem::StatusText", "the nickname is not allowed") },
        { "remote-server-not-found",
            QT_TRANSLATE_NOOP("Tandem::StatusText", "the room's server cannot be reached") },
    };
    return lookup(condition, words);
}

} // namespace Tandem::StatusText
