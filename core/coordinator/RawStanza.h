#pragma once

#include <QByteArray>
#include <QXmppStanza.h>

namespace Tandem {

/// A stanza already serialized by one of the coordinator codecs. QXmppClient 1.4 only sends
/// QXmppStanza objects, so this wraps the bytes in one.
class RawStanza : public QXmppStanza
{
public:
    explicit RawStanza(QByteArray xml)
        : m_xml(std::move(xml))
    { }
    void toXml(QXmlStreamWriter *writer) const override;

private:
    QByteArray m_xml;
};

} // namespace Tandem
