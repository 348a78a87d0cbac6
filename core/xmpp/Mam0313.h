// XEP-0313 Message Archive Management (urn:xmpp:mam:2) with XEP-0059 paging: the wire format.
#pragma once

#include <QDateTime>
#include <QDomElement>
#include <QString>
#include <QXmppIq.h>

#include <optional>

namespace Tandem::Mam0313 {

/// urn:xmpp:mam:2
QString ns();

/// An archive query (`<iq type='set'><query queryid=…>`): optional `with`/`start`/`end` form
/// filters and one RSM page. Serialization only; results arrive as messages (parseResult()) and
/// the IQ result carries the `<fin/>` (parseFin()).
class QueryIq : public QXmppIq
{
public:
    QueryIq();

    QString queryId;
    QString with; ///< empty: every conversation
    QDateTime start; ///< invalid: no start filter
    QDateTime end; ///< invalid: no end filter
    int max = 50; ///< RSM <max>
    QString after; ///< RSM <after>; empty: none
    /// RSM <before>: empty string = the archive's last page; nullopt = no <before>.
    std::optional<QString> before;

protected:
    void toXmlElementFromChild(QXmlStreamWriter *writer) const override;
};

/// One `<result/>` of a query, from the `<message/>` that carries it.
struct Result
{
    QString from; ///< the carrying message's sender (the archive), may be empty
    QString queryId;
    QString id; ///< the archive id (= the stanza-id the archive stamped)
    QDateTime stamp; ///< the archive's <delay/> stamp; invalid if missing
    QDomElement message; ///< the forwarded `<message/>`; null if missing
};

/// The result carried by \a messageStanza, or nothing if it carries none.
std::optional<Result> parseResult(const QDomElement &messageStanza);

/// The `<fin/>` of a query's IQ result.
struct Fin
{
    bool present = false; ///< false: the answer had no <fin/> at all
    bool complete = false;
    QString first; ///< RSM <first>, may be empty
    QString last; ///< RSM <last>, may be empty
    int count = -1; ///< RSM <count>; -1 if absent. Never trusted for control flow.
};

Fin parseFin(const QDomElement &iq);

} // namespace Tandem::Mam0313
