#include "coordinator/RawStanza.h"

#include "coordinator/RelayCodec.h"

namespace Tandem {

void RawStanza::toXml(QXmlStreamWriter *writer) const
{
    RelayCodec::writeXml(writer, m_xml);
}

} // namespace Tandem
