#include "storage/MessageLimits.h"

#include <QLocale>

#include <algorithm>
#include <limits>

namespace Tandem {

int MessageLimits::maxBodyBytes()
{
    bool ok = false;
    const int configured = qEnvironmentVariableIntValue("TANDEM_MAX_BODY_BYTES", &ok);
    return ok && configured > 0 ? configured : defaultMaxBodyBytes;
}

int MessageLimits::bodyBytesWithin(qint64 maxStanzaBytes)
{
    if (maxStanzaBytes <= 0)
        return 0;
    // A relay wraps the message once more (forwarded, delay, the coordinator's element): a few
    // KiB of envelope, or half of a very small limit.
    const qint64 envelope = std::min<qint64>(8 * 1024, maxStanzaBytes / 2);
    return int(std::min<qint64>(maxStanzaBytes - envelope, std::numeric_limits<int>::max()));
}

QString MessageLimits::refusal(const QString &body, int maxBytes)
{
    const int limit = maxBytes;
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
