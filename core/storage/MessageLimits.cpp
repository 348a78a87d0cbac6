#include "storage/MessageLimits.h"

#include <QLocale>

namespace Tandem {

int MessageLimits::maxBodyBytes()
{
    bool ok = false;
    const int configured = qEnvironmentVariableIntValue("TANDEM_MAX_BODY_BYTES", &ok);
    return ok && configured > 0 ? configured : defaultMaxBodyBytes;
}

QString MessageLimits::refusal(const QString &body)
{
    const int limit = maxBodyBytes();
    // UTF-16 units are at most 3 bytes each in UTF-8: most bodies are settled without encoding.
    if (body.size() * 3 <= limit)
        return {};
    const int bytes = body.toUtf8().size();
    if (bytes <= limit)
        return {};
    const QLocale locale;
    return tr("This message is too long to send (%1; the server takes at most %2). Send it in "
              "parts, or as a file.")
        .arg(locale.formattedDataSize(bytes), locale.formattedDataSize(limit));
}

} // namespace Tandem
