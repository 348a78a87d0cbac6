// What the tests of the pure catch-up classes read out of CatchUp::Actions.
#pragma once

#include "coordinator/CatchUpGaps.h"

#include <ostream>
#include <vector>

/// For gtest's messages (found by argument-dependent lookup, hence in QString's namespace).
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace Tandem::Test {

inline CatchUpCursor cursor(const char *stanzaId)
{
    return { QString::fromLatin1(stanzaId), {}, {} };
}

/// The rooms whose cursor `actions` ask to read, in order.
inline std::vector<QString> reads(const CatchUp::Actions &actions)
{
    std::vector<QString> out;
    for (const auto &a : actions) {
        if (const auto *r = std::get_if<CatchUp::ReadCursor>(&a))
            out.push_back(r->room);
    }
    return out;
}

/// The fetches `actions` start, in order.
inline std::vector<CatchUp::Fetch> fetches(const CatchUp::Actions &actions)
{
    std::vector<CatchUp::Fetch> out;
    for (const auto &a : actions) {
        if (const auto *f = std::get_if<CatchUp::Fetch>(&a))
            out.push_back(*f);
    }
    return out;
}

} // namespace Tandem::Test
