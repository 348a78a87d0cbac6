// MessageQueries' checks and clean-up of a message before it is stored.
#include "storage/MessageQueries.h"

#include "common/Logging.h"

namespace Tandem {

namespace {

QString nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QString() : value;
}

QString emptyIfNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

QString MessageQueries::sanitizedText(const QString &text, int *replaced)
{
    *replaced = 0;
    const int n = text.size();
    const QChar *data = text.constData();
    auto badAt = [&](int i, bool *pair) {
        const QChar c = data[i];
        *pair = false;
        if (c.unicode() == 0)
            return true;
        if (c.isHighSurrogate()) {
            *pair = i + 1 < n && data[i + 1].isLowSurrogate();
            return !*pair;
        }
        return c.isLowSurrogate();
    };
    int first = -1;
    for (int i = 0; i < n && first < 0; ++i) {
        bool pair = false;
        if (badAt(i, &pair))
            first = i;
        else if (pair)
            ++i;
    }
    if (first < 0)
        return text;
    QString clean = text;
    QChar *out = clean.data();
    for (int i = first; i < n; ++i) {
        bool pair = false;
        if (badAt(i, &pair)) {
            out[i] = QChar(QChar::ReplacementCharacter);
            ++*replaced;
        } else if (pair) {
            ++i;
        }
    }
    return clean;
}

Message MessageQueries::normalized(const Message &message)
{
    Message m = message;
    m.messageId = nullIfEmpty(m.messageId);
    m.originId = nullIfEmpty(m.originId);
    m.replacesId = nullIfEmpty(m.replacesId);
    m.stanzaId = nullIfEmpty(m.stanzaId);
    m.stanzaIdBy = nullIfEmpty(m.stanzaIdBy);
    if (m.stanzaId.isNull() != m.stanzaIdBy.isNull()) {
        // XEP-0359 requires "by"; without it the id cannot be trusted or compared.
        qCDebug(lcStorage) << "Ignoring stanza-id without 'by' in" << m.conversation;
        m.stanzaId.clear();
        m.stanzaIdBy.clear();
    }
    m.sender = emptyIfNull(m.sender);
    m.body = emptyIfNull(m.body);
    int replaced = 0;
    m.body = sanitizedText(m.body, &replaced);
    if (replaced) {
        qCWarning(lcStorage) << "Replaced" << replaced
                             << "invalid characters (NUL or unpaired surrogates) in a message body in"
                             << m.conversation;
    }
    if (!m.localTime.isValid())
        m.localTime = QDateTime::currentDateTimeUtc();
    if (!m.serverTime.isValid())
        m.serverTime = m.localTime;
    return m;
}

StorageError MessageQueries::validate(const Message &message)
{
    if (message.account.isEmpty() || message.conversation.isEmpty()) {
        return StorageError(StorageError::Other,
            StorageError::tr("A message without account or conversation cannot be stored."));
    }
    return {};
}

} // namespace Tandem
