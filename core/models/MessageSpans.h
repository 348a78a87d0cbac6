#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

namespace Tandem {

/// A stretch of a message body drawn apart from the rest: a link to open, or a mention of the
/// account's nick.
struct MessageSpan
{
    enum class Kind { Link, Mention };
    Kind kind = Kind::Link;
    int start = 0;
    int length = 0;
    QString target; ///< the URL a link opens ("www." gets "https://"); empty for a mention

    bool operator==(const MessageSpan &other) const
    {
        return kind == other.kind && start == other.start && length == other.length && target == other.target;
    }
};

/// Finds the links (http, https, ftp, xmpp:, mailto:, www.) and the mentions of `ownNick` in a
/// body, in order, never overlapping. Punctuation ending a sentence is not part of a link, nor a
/// closing parenthesis the link did not open. Pure: no I/O.
namespace MessageSpans {
QVector<MessageSpan> find(const QString &body, const QString &ownNick);
}

} // namespace Tandem

Q_DECLARE_METATYPE(Tandem::MessageSpan)
Q_DECLARE_METATYPE(QVector<Tandem::MessageSpan>)
