#include "models/NickCompletion.h"

#include <algorithm>

namespace Tandem {

void NickCompletion::setOccupants(const QStringList &nicks)
{
    m_occupants = nicks;
}

void NickCompletion::noteSpoke(const QString &nick)
{
    m_spokeAt.insert(nick, ++m_sequence);
}

QStringList NickCompletion::candidates(const QString &prefix) const
{
    QStringList found;
    if (prefix.isEmpty())
        return found;
    for (const QString &nick : m_occupants) {
        if (nick != m_ownNick && nick.startsWith(prefix, Qt::CaseInsensitive))
            found.append(nick);
    }
    std::sort(found.begin(), found.end(), [this](const QString &a, const QString &b) {
        const quint64 sa = m_spokeAt.value(a), sb = m_spokeAt.value(b);
        if (sa != sb)
            return sa > sb;
        const int byCase = a.compare(b, Qt::CaseInsensitive);
        return byCase != 0 ? byCase < 0 : a < b;
    });
    return found;
}

bool NickCompletion::complete(const QString &text, int cursor, Result *result)
{
    cursor = std::clamp(cursor, 0, int(text.size()));
    const bool cycling = m_cycle.index >= 0 && text == m_cycle.before + m_cycle.inserted + m_cycle.after
        && cursor == m_cycle.before.size() + m_cycle.inserted.size();
    if (!cycling) {
        int start = cursor;
        while (start > 0 && !text.at(start - 1).isSpace())
            --start;
        QString word = text.mid(start, cursor - start);
        const bool at = word.startsWith(QLatin1Char('@'));
        if (at)
            word.remove(0, 1);
        if (word.isEmpty())
            return false;
        m_cycle = { text.left(start), text.mid(cursor), QString(), word, at, -1 };
    }
    const QStringList found = candidates(m_cycle.prefix);
    if (found.isEmpty()) {
        m_cycle = {};
        return false;
    }
    m_cycle.index = (m_cycle.index + 1) % found.size();
    // At the start of a message a nick addresses someone ("bob: "); elsewhere it is a word.
    const bool addressing = m_cycle.before.trimmed().isEmpty() && !m_cycle.at;
    const QString separator = addressing ? QStringLiteral(": ") : QStringLiteral(" ");
    const bool separatorFollows = m_cycle.after.startsWith(QLatin1Char(' '));
    m_cycle.inserted = (m_cycle.at ? QStringLiteral("@") : QString()) + found.at(m_cycle.index)
        + (separatorFollows && !addressing ? QString() : separator);
    result->text = m_cycle.before + m_cycle.inserted + m_cycle.after;
    result->cursor = m_cycle.before.size() + m_cycle.inserted.size();
    return true;
}

} // namespace Tandem
