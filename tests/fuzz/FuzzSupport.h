// What every harness of tests/fuzz shares: Qt kept quiet, bytes parsed the way QXmpp hands
// stanzas to the coordinator, and a check that aborts, which libFuzzer and the corpus replay
// both report as a failure with the input that caused it.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QDomDocument>
#include <QDomElement>
#include <QString>
#include <cstddef>
#include <cstdint>

namespace Tandem::Fuzz {

/// The account the harnesses decode for, as the seed corpus addresses it.
inline const QString ownBareJid = QStringLiteral("alice@example.org");
inline const QString ownFullJid = QStringLiteral("alice@example.org/laptop");

/// Once per process: drops Qt's log output (a warning per rejected input would cost more than
/// the input), unless TANDEM_FUZZ_VERBOSE is set.
void init();

/// The input as one namespace-processed XML document, as the stream delivers a stanza; a null
/// element if it is not well-formed XML 1.0 (as the server that routed it checks).
QDomElement parseStanza(const uint8_t *data, size_t size, QDomDocument *document);
QDomElement parseStanza(const QByteArray &xml, QDomDocument *document);

/// A fixed receive time, so that every run of an input takes the same path.
QDateTime receivedAt();

/// With TANDEM_FUZZ_VERBOSE set, prints why an input was refused (to check a corpus file).
void refused(const char *what, const QString &why);

/// Prints what failed and aborts.
[[noreturn]] void fail(const char *check, const QString &detail);

} // namespace Tandem::Fuzz

#define FUZZ_CHECK(condition, detail)                                                                        \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            ::Tandem::Fuzz::fail(#condition, (detail));                                                      \
    } while (false)
