#include "FuzzSupport.h"

#include <QXmlStreamReader>
#include <cstdio>
#include <cstdlib>

namespace Tandem::Fuzz {

namespace {
void dropMessage(QtMsgType, const QMessageLogContext &, const QString &)
{ }
} // namespace

void init()
{
    static const bool done = [] {
        if (qEnvironmentVariableIsEmpty("TANDEM_FUZZ_VERBOSE"))
            qInstallMessageHandler(dropMessage);
        return true;
    }();
    (void)done;
}

QDomElement parseStanza(const QByteArray &xml, QDomDocument *document)
{
    // QDom takes characters that XML 1.0 forbids (U+0001, a NUL in an attribute); the server
    // that routed the stanza would have refused them, and so does QXmlStreamReader.
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    if (reader.hasError())
        return {};
    return document->setContent(xml, true) ? document->documentElement() : QDomElement();
}

QDomElement parseStanza(const uint8_t *data, size_t size, QDomDocument *document)
{
    return parseStanza(QByteArray::fromRawData(reinterpret_cast<const char *>(data), int(size)), document);
}

QDateTime receivedAt()
{
    return QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);
}

void refused(const char *what, const QString &why)
{
    if (!qEnvironmentVariableIsEmpty("TANDEM_FUZZ_VERBOSE"))
        std::fprintf(stderr, "%s refused: %s\n", what, qUtf8Printable(why));
}

void fail(const char *check, const QString &detail)
{
    std::fprintf(stderr, "fuzz check failed: %s\n%s\n", check, qUtf8Printable(detail));
    std::abort();
}

} // namespace Tandem::Fuzz
