// A deterministic generated message archive, shared by the benchmarks that need a large profile
// database (bench_archive, bench_startup).
#pragma once

#include "storage/Message.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <random>
#include <vector>

namespace Tandem::Bench {

/// Whose archive it is and where its conversations live. The defaults are the ones of the
/// figures in archive/RESULTS.md; bench_startup uses the test server's domains instead, so that
/// the archive's rooms are rooms the account can join.
struct ArchiveShape
{
    QString account = QStringLiteral("me@example.org");
    QString contactDomain = QStringLiteral("example.org");
    QString mucDomain = QStringLiteral("conference.example.org");
    /// The JID of the room made for conversation number `index`.
    QString room(int index) const { return QStringLiteral("room%1@%2").arg(index).arg(mucDomain); }
};

/// Deterministic messages: C conversations (chats, rooms, room private chats) with Zipf-like
/// sizes, bodies of varied words (a Zipf-distributed vocabulary of 20,000 made-up words, the
/// common English ones, some French, German, Russian, numbers, links and emoji), lengths from
/// one word to pasted paragraphs, and a rare word in a few messages. Every message carries what
/// an archive (MAM) copy carries: random message-, stanza- and (outgoing) origin-ids.
class ArchiveGenerator
{
public:
    ArchiveGenerator(qint64 total, int conversations, const ArchiveShape &shape = {}, quint64 seed = 42);

    /// The word in one message out of 50,000 (at least 3 of them).
    static QString rareWord() { return QStringLiteral("quetzalcoatl"); }

    const QStringList &conversations() const { return m_conversations; }
    qint64 rareCount() const { return qint64(m_rareAt.size()); }
    Message next();
    /// The next `size` messages (fewer at the end).
    QVector<Message> batch(int size);
    bool done() const { return m_index >= m_total; }

private:
    static std::vector<double> zipfCdf(int n, double s);
    double uniform();
    int pick(const std::vector<double> &cdf);
    QString hex(int length);
    QString body();

    ArchiveShape m_shape;
    qint64 m_total;
    qint64 m_index = 0;
    qint64 m_timeMs = 0;
    std::mt19937_64 m_rng;
    QStringList m_conversations;
    std::vector<double> m_conversationCdf;
    QStringList m_vocabulary;
    std::vector<double> m_vocabularyCdf;
    QStringList m_common;
    std::vector<double> m_commonCdf;
    QStringList m_foreign;
    std::vector<qint64> m_rareAt;
};

} // namespace Tandem::Bench
