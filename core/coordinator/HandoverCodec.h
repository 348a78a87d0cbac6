#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

class QDomElement;

namespace Tandem {

/// `<handover term='T'/>`: a new anchor tells the old one it holds the rooms under term T, so the
/// old one may leave them (make-before-break, PROTOCOL.md §Election).
struct Handover
{
    quint64 term = 0;
    QString from;
    QString to;
};

/// Pure encoding and validation of handovers, in the envelope and under the sender rules of
/// CoordinatorEnvelope.
namespace HandoverCodec {
QByteArray encode(const Handover &handover);
/// The handover carried by `message` if it is well-formed and from another session of `ownBareJid`.
std::optional<Handover> decode(
    const QDomElement &message, const QString &ownBareJid, QString *whyRejected = nullptr);
} // namespace HandoverCodec

} // namespace Tandem
