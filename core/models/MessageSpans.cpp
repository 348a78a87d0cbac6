#include "models/MessageSpans.h"

#include "storage/MentionMatch.h"

#include <QRegularExpression>

#include <algorithm>

namespace Tandem::MessageSpans {

namespace {

int trimmedLength(const QStringRef &link)
{
    int length = link.size();
    while (length > 0) {
        const QChar last = link.at(length - 1);
        if (QStringLiteral(".,;:!?'\"").contains(last)) {
            --length;
        } else if (last == QLatin1Char(')')) {
            // "(see https://x.org/a_(b))": the link keeps the parenthesis it opened itself.
            const QStringRef head = link.left(length);
            if (head.count(QLatin1Char('(')) >= head.count(QLatin1Char(')')))
                break;
            --length;
        } else {
            break;
        }
    }
    return length;
}

} // namespace

QVector<MessageSpan> find(const QString &body, const QString &ownNick)
{
    static const QRegularExpression link(
        QStringLiteral(R"((?<![\w@.])(?:(?:https?|ftp)://|www\.|xmpp:|mailto:)[^\s<>"]+)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QVector<MessageSpan> spans;
    for (auto it = link.globalMatch(body); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const int length = trimmedLength(match.capturedRef());
        const QString text = body.mid(match.capturedStart(), length);
        // A scheme alone ("xmpp:") is a word with a colon, not a link.
        if (text.endsWith(QLatin1Char(':')) || text.endsWith(QLatin1String("//")) || length < 5)
            continue;
        MessageSpan span;
        span.start = match.capturedStart();
        span.length = length;
        span.target = text.startsWith(QLatin1String("www."), Qt::CaseInsensitive)
            ? QStringLiteral("https://") + text
            : text;
        spans << span;
    }
    const auto insideLink = [&spans](int start) {
        return std::any_of(spans.cbegin(), spans.cend(), [start](const MessageSpan &s) {
            return s.kind == MessageSpan::Kind::Link && start >= s.start && start < s.start + s.length;
        });
    };
    for (const auto &[start, length] : MentionMatch::ranges(body, ownNick)) {
        if (!insideLink(start))
            spans.append({ MessageSpan::Kind::Mention, start, length, {} });
    }
    std::sort(spans.begin(), spans.end(),
        [](const MessageSpan &a, const MessageSpan &b) { return a.start < b.start; });
    return spans;
}

} // namespace Tandem::MessageSpans
