#include "models/MarkedSnippet.h"

namespace Tandem {

MarkedSnippet MarkedSnippet::fromMarked(const QString &marked, const QString &start, const QString &end)
{
    MarkedSnippet result;
    if (start.isEmpty() || end.isEmpty()) {
        result.text = marked;
        return result;
    }
    int at = 0;
    while (at < marked.size()) {
        const int open = marked.indexOf(start, at);
        if (open < 0) {
            result.text += marked.midRef(at);
            break;
        }
        result.text += marked.midRef(at, open - at);
        const int from = open + start.size();
        int close = marked.indexOf(end, from);
        if (close < 0)
            close = marked.size();
        const QStringRef word = marked.midRef(from, close - from);
        if (!word.isEmpty()) {
            result.highlights.append({ int(result.text.size()), int(word.size()) });
            result.text += word;
        }
        at = close + end.size();
    }
    return result;
}

} // namespace Tandem
