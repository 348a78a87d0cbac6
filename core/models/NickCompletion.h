#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Tandem {

/// Completes an occupant's nick in a room's composer (Tab, or after `@`): candidates are the
/// nicks starting with the typed prefix, ignoring case, the most recent speakers first, then the
/// others alphabetically; repeated Tab cycles through them. Pure: fed nicks and events, no I/O.
class NickCompletion
{
public:
    /// The text after a completion and where the cursor goes.
    struct Result
    {
        QString text;
        int cursor = 0;
    };

    void setOccupants(const QStringList &nicks);
    /// Our own nick is never offered.
    void setOwnNick(const QString &nick) { m_ownNick = nick; }
    /// `nick` just said something: it moves to the front of the candidates.
    void noteSpoke(const QString &nick);

    /// Candidates for `prefix` (without the `@`), best first. Empty prefix: none.
    QStringList candidates(const QString &prefix) const;

    /// Completes the word before `cursor` in `text`. A Tab right after a completion replaces it by
    /// the next candidate. Returns false (and leaves the text alone) when there is no prefix or no
    /// candidate, so the key can do what it would otherwise do.
    bool complete(const QString &text, int cursor, Result *result);
    /// The user typed something else: the next Tab starts a new completion.
    void reset() { m_cycle = {}; }

private:
    struct Cycle
    {
        QString before; ///< text up to the completed word
        QString after; ///< text after the cursor
        QString inserted; ///< what the last completion put in, separator included
        QString prefix;
        bool at = false;
        int index = -1;
    };

    QStringList m_occupants;
    QString m_ownNick;
    QHash<QString, quint64> m_spokeAt; ///< nick -> sequence number of its last message
    quint64 m_sequence = 0;
    Cycle m_cycle;
};

} // namespace Tandem
