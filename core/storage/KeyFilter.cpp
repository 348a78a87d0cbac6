#include "storage/KeyFilter.h"

#include <algorithm>

namespace Tandem {

namespace {
constexpr int bitsPerKey = 10; // with 7 probes: ~1% false positives at capacity
constexpr int probes = 7;
// 1.25 MiB: a catch-up into a new or small archive does not have to rebuild it every doubling.
constexpr qint64 minimumKeys = 1 << 20;

inline quint64 probe(quint64 key, int i)
{
    // Double hashing from the two halves of an already uniform key (Kirsch and Mitzenmacher).
    const quint64 h2 = (key >> 32) | (key << 32) | 1;
    return key + quint64(i) * h2;
}
} // namespace

KeyFilter::KeyFilter(qint64 expectedKeys)
{
    m_capacity = std::max(expectedKeys, minimumKeys);
    quint64 bits = 64;
    while (bits < quint64(m_capacity) * bitsPerKey)
        bits <<= 1;
    m_bitMask = bits - 1;
    m_words.assign(bits / 64, 0);
}

void KeyFilter::add(qint64 key)
{
    for (int i = 0; i < probes; ++i) {
        const quint64 bit = probe(quint64(key), i) & m_bitMask;
        m_words[bit >> 6] |= quint64(1) << (bit & 63);
    }
    ++m_count;
}

bool KeyFilter::mayContain(qint64 key) const
{
    for (int i = 0; i < probes; ++i) {
        const quint64 bit = probe(quint64(key), i) & m_bitMask;
        if (!(m_words[bit >> 6] & (quint64(1) << (bit & 63))))
            return false;
    }
    return true;
}

} // namespace Tandem
