// A Bloom filter over the keys of message_keys, so that a catch-up's new ids skip the index.
#pragma once

#include <QtGlobal>

#include <vector>

namespace Tandem {

/// Answers "certainly not stored" for most keys that are not, without touching the database:
/// nearly every id of an archive catch-up is new, and each probe of the key index that finds
/// nothing cost as much as storing half a message. False positives only cost that probe; keys
/// are never removed (a key of a deleted or rolled-back row is a false positive too), so the
/// filter never says "not stored" of a stored key. The keys are SipHash outputs already: the
/// bit positions are taken from them directly.
class KeyFilter
{
public:
    /// Empty, sized for about \a expectedKeys keys at ~1% false positives.
    explicit KeyFilter(qint64 expectedKeys = 0);

    void add(qint64 key);
    bool mayContain(qint64 key) const;

    qint64 size() const { return m_count; }
    /// More keys than it was sized for: false positives climb; rebuild a larger one.
    bool isFull() const { return m_count > m_capacity; }

private:
    std::vector<quint64> m_words;
    quint64 m_bitMask = 0;
    qint64 m_count = 0;
    qint64 m_capacity = 0;
};

} // namespace Tandem
