#include "storage/IdKey.h"

#include "storage/SqliteConnection.h"
#include "storage/Statement.h"

#include <sqlite3.h>

#include <cstring>

namespace Tandem {

namespace {

inline quint64 rotl(quint64 x, int b)
{
    return (x << b) | (x >> (64 - b));
}

inline quint64 readLe64(const unsigned char *p)
{
    quint64 v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | p[i];
    return v;
}

struct SipState
{
    quint64 v0, v1, v2, v3;

    void round()
    {
        v0 += v1;
        v1 = rotl(v1, 13);
        v1 ^= v0;
        v0 = rotl(v0, 32);
        v2 += v3;
        v3 = rotl(v3, 16);
        v3 ^= v2;
        v0 += v3;
        v3 = rotl(v3, 21);
        v3 ^= v0;
        v2 += v1;
        v1 = rotl(v1, 17);
        v1 ^= v2;
        v2 = rotl(v2, 32);
    }
    void compress(quint64 m)
    {
        v3 ^= m;
        round();
        round();
        v0 ^= m;
    }
};

/// Each part as its length (4 bytes) and UTF-8: no two different part lists encode alike.
void appendPart(QByteArray *out, const QByteArray &utf8)
{
    const quint32 n = quint32(utf8.size());
    const char length[4] = { char(n & 0xff), char((n >> 8) & 0xff), char((n >> 16) & 0xff), char(n >> 24) };
    out->append(length, 4);
    out->append(utf8);
}

/// appendPart() of \a part's UTF-8, without a temporary for the usual all-ASCII JIDs and ids.
void appendPart(QByteArray *out, const QString &part)
{
    const QChar *c = part.constData();
    const int n = part.size();
    int i = 0;
    while (i < n && c[i].unicode() < 0x80)
        ++i;
    if (i < n) {
        appendPart(out, part.toUtf8());
        return;
    }
    const char length[4]
        = { char(n & 0xff), char((n >> 8) & 0xff), char((n >> 16) & 0xff), char(quint32(n) >> 24) };
    out->append(length, 4);
    const int start = out->size();
    out->resize(start + n);
    char *bytes = out->data() + start;
    for (int k = 0; k < n; ++k)
        bytes[k] = char(c[k].unicode());
}

qint64 keyOf(const QByteArray &key, std::initializer_list<QString> parts)
{
    QByteArray data;
    data.reserve(160);
    for (const QString &part : parts)
        appendPart(&data, part);
    return qint64(IdKey::sipHash24(key, data));
}

void sqlIdKey(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    // tandem_id_key(key, kind, part, ...): the same bytes as keyOf(), kind being the first part.
    if (argc < 3 || sqlite3_value_bytes(argv[0]) != 16) {
        sqlite3_result_error(context, "tandem_id_key needs a 16-byte key and at least two parts", -1);
        return;
    }
    const QByteArray key(static_cast<const char *>(sqlite3_value_blob(argv[0])), 16);
    QByteArray data;
    for (int i = 1; i < argc; ++i) {
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL) {
            sqlite3_result_null(context);
            return;
        }
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[i]));
        appendPart(&data, QByteArray(text, sqlite3_value_bytes(argv[i])));
    }
    sqlite3_result_int64(context, sqlite3_int64(IdKey::sipHash24(key, data)));
}

} // namespace

quint64 IdKey::sipHash24(const QByteArray &key, const QByteArray &data)
{
    Q_ASSERT(key.size() == 16);
    const auto *k = reinterpret_cast<const unsigned char *>(key.constData());
    const quint64 k0 = readLe64(k);
    const quint64 k1 = readLe64(k + 8);
    SipState s { k0 ^ 0x736f6d6570736575ULL, k1 ^ 0x646f72616e646f6dULL, k0 ^ 0x6c7967656e657261ULL,
        k1 ^ 0x7465646279746573ULL };
    const auto *in = reinterpret_cast<const unsigned char *>(data.constData());
    const int n = data.size();
    const int whole = n - n % 8;
    for (int i = 0; i < whole; i += 8)
        s.compress(readLe64(in + i));
    quint64 last = quint64(n & 0xff) << 56;
    for (int i = 0; i < n % 8; ++i)
        last |= quint64(in[whole + i]) << (8 * i);
    s.compress(last);
    s.v2 ^= 0xff;
    for (int i = 0; i < 4; ++i)
        s.round();
    return s.v0 ^ s.v1 ^ s.v2 ^ s.v3;
}

qint64 IdKey::origin(
    const QByteArray &key, const QString &account, const QString &conversation, const QString &originId)
{
    return keyOf(key, { QStringLiteral("o"), account, conversation, originId });
}

qint64 IdKey::stanza(const QByteArray &key, const QString &account, const QString &conversation,
    const QString &by, const QString &stanzaId)
{
    return keyOf(key, { QStringLiteral("s"), account, conversation, by, stanzaId });
}

QByteArray IdKey::databaseKey(SqliteConnection &connection, StorageError *error)
{
    struct Cached
    {
        QByteArray key;
    };
    Cached &cached = connection.state<Cached>();
    if (!cached.key.isEmpty()) {
        if (error)
            *error = {};
        return cached.key;
    }
    Statement &st = connection.cached(QStringLiteral("SELECT value FROM store_meta WHERE name = 'id-key'"));
    QByteArray key;
    if (st.step())
        key = st.columnBlob(0);
    StorageError e = st.error();
    st.reset();
    if (!e.isError() && key.size() != 16) {
        e = StorageError(StorageError::Corrupt,
            StorageError::tr("The database has no valid message id key (table store_meta)."));
    }
    if (error)
        *error = e;
    if (e.isError())
        return {};
    cached.key = key;
    return key;
}

StorageError IdKey::registerFunction(SqliteConnection &connection)
{
    sqlite3 *db = connection.handle();
    if (!db)
        return connection.notOpenError();
    const int rc = sqlite3_create_function_v2(db, "tandem_id_key", -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
        nullptr, sqlIdKey, nullptr, nullptr, nullptr);
    return rc == SQLITE_OK ? StorageError() : connection.errorFor(rc);
}

} // namespace Tandem
