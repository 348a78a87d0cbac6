#include "ArchiveGenerator.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Tandem::Bench {

namespace {
const qint64 startMs = 1600000000000; // 2020-09-13
const qint64 spanMs = qint64(3) * 365 * 24 * 3600 * 1000; // three years of history
} // namespace

ArchiveGenerator::ArchiveGenerator(qint64 total, int conversations, const ArchiveShape &shape, quint64 seed)
    : m_shape(shape)
    , m_total(total)
    , m_rng(seed)
{
    // Conversation weights ~ 1 / rank^0.8: at 1,000,000 messages over 200 conversations the
    // largest has ~100,000 and the smallest ~1,500.
    double sum = 0;
    for (int i = 0; i < conversations; ++i) {
        sum += 1.0 / std::pow(i + 1, 0.8);
        m_conversationCdf.push_back(sum);
        if (i % 5 == 1)
            m_conversations << shape.room(i);
        else if (i % 20 == 3)
            m_conversations << shape.room(i) + QStringLiteral("/nick%1").arg(i);
        else
            m_conversations << QStringLiteral("contact%1@%2").arg(i).arg(shape.contactDomain);
    }
    for (double &c : m_conversationCdf)
        c /= sum;
    const char *syllables[] = { "ka", "lo", "mi", "ren", "to", "sa", "vel", "dor", "an", "is", "um", "pe",
        "ri", "gu", "na", "tel", "or", "ble", "fra", "qui", "zo", "ber", "shi", "mon" };
    std::mt19937_64 words(7);
    QSet<QString> seen;
    while (m_vocabulary.size() < 20000) {
        QString w;
        const int n = 2 + int(words() % 3);
        for (int i = 0; i < n; ++i)
            w += QLatin1String(syllables[words() % 24]);
        if (!seen.contains(w)) {
            seen.insert(w);
            m_vocabulary << w;
        }
    }
    m_vocabularyCdf = zipfCdf(m_vocabulary.size(), 1.05);
    m_common = QStringLiteral(
        "the to and a i you it is that of in we for on this be have do not with at so but just "
        "what can are was will if my me get like know think about all there one out up no yes ok "
        "okay good time now how see go when then they it's i'm don't going would could should "
        "today tomorrow meeting tonight later thanks thank please sorry lol haha sure right need "
        "want work home call send file link check look back here new still really maybe")
                   .split(QLatin1Char(' '));
    m_commonCdf = zipfCdf(m_common.size(), 1.0);
    m_foreign
        = QStringLiteral("déjà café très où garçon naïve crème brûlée à bientôt Straße Grüße schön Mädchen "
                         "привет спасибо пожалуйста хорошо завтра καλημέρα ευχαριστώ ¿qué mañana año señor "
                         "niño 🙂 😂 👍 🎉 ❤️")
              .split(QLatin1Char(' '));
    const qint64 rare = std::max<qint64>(3, total / 50000);
    for (qint64 i = 0; i < rare; ++i)
        m_rareAt.push_back((i * total) / rare + 17);
}

Message ArchiveGenerator::next()
{
    const qint64 i = m_index++;
    Message m;
    m.account = m_shape.account;
    m.conversation = m_conversations.at(pick(m_conversationCdf));
    const bool room = m.conversation.contains(QLatin1Char('@') + m_shape.mucDomain);
    const bool privateChat = room && m.conversation.contains(QLatin1Char('/'));
    m.kind = privateChat ? Message::Kind::GroupChatPrivate
        : room           ? Message::Kind::GroupChat
                         : Message::Kind::Chat;
    const bool outgoing = uniform() < 0.35;
    m.direction = outgoing ? Message::Direction::Outgoing : Message::Direction::Incoming;
    if (room && !privateChat)
        m.sender = outgoing ? QStringLiteral("me") : QStringLiteral("nick%1").arg(m_rng() % 25);
    else
        m.sender = outgoing ? m_shape.account + QStringLiteral("/tandem-desk")
                            : m.conversation + QStringLiteral("/phone");
    m.messageId = hex(12);
    if (outgoing)
        m.originId = hex(16);
    m.stanzaId = hex(16);
    m.stanzaIdBy = room && !privateChat ? m.conversation : m_shape.account;
    m.state = outgoing ? Message::DeliveryState::Delivered : Message::DeliveryState::Received;
    m.fromArchive = true;
    m_timeMs += qint64(-std::log(1.0 - uniform()) * double(spanMs) / double(m_total));
    m.serverTime = QDateTime::fromMSecsSinceEpoch(startMs + m_timeMs, Qt::UTC);
    m.localTime = m.serverTime;
    m.body = body();
    if (std::binary_search(m_rareAt.begin(), m_rareAt.end(), i))
        m.body += QStringLiteral(" saw a ") + rareWord() + QStringLiteral(" today");
    return m;
}

QVector<Message> ArchiveGenerator::batch(int size)
{
    QVector<Message> messages;
    messages.reserve(size);
    for (int i = 0; i < size && m_index < m_total; ++i)
        messages.append(next());
    return messages;
}

std::vector<double> ArchiveGenerator::zipfCdf(int n, double s)
{
    std::vector<double> cdf;
    double sum = 0;
    for (int i = 0; i < n; ++i) {
        sum += 1.0 / std::pow(i + 1, s);
        cdf.push_back(sum);
    }
    for (double &c : cdf)
        c /= sum;
    return cdf;
}

double ArchiveGenerator::uniform()
{
    return double(m_rng() >> 11) * (1.0 / 9007199254740992.0);
}

int ArchiveGenerator::pick(const std::vector<double> &cdf)
{
    const auto it = std::upper_bound(cdf.begin(), cdf.end(), uniform());
    return int(std::min<size_t>(size_t(it - cdf.begin()), cdf.size() - 1));
}

QString ArchiveGenerator::hex(int length)
{
    static const char digits[] = "0123456789abcdef";
    QString s(length, Qt::Uninitialized);
    quint64 bits = m_rng();
    for (int i = 0; i < length; ++i) {
        if (i == 16)
            bits = m_rng();
        s[i] = QLatin1Char(digits[bits & 15]);
        bits >>= 4;
    }
    return s;
}

QString ArchiveGenerator::body()
{
    static const QStringList canned { QStringLiteral("See you tomorrow!"),
        QStringLiteral("Thank you so much"), QStringLiteral("Good morning"),
        QStringLiteral("Are you coming to the meeting tomorrow?"), QStringLiteral("ok"),
        QStringLiteral("lol"), QStringLiteral("On my way"), QStringLiteral("Can you send me the file?") };
    if (uniform() < 0.06)
        return canned.at(int(m_rng() % quint64(canned.size())));
    const double r = uniform();
    const int words = r < 0.15 ? 1 + int(m_rng() % 3) // "ok", "see you"
        : r < 0.93             ? 3 + int(m_rng() % 18)
        : r < 0.999            ? 20 + int(m_rng() % 60)
                               : 200 + int(m_rng() % 300); // a pasted paragraph
    QString text;
    text.reserve(words * 7);
    for (int w = 0; w < words; ++w) {
        if (w)
            text += QLatin1Char(' ');
        const double k = uniform();
        if (k < 0.50)
            text += m_common.at(pick(m_commonCdf));
        else if (k < 0.96)
            text += m_vocabulary.at(pick(m_vocabularyCdf));
        else if (k < 0.985)
            text += m_foreign.at(int(m_rng() % quint64(m_foreign.size())));
        else if (k < 0.995)
            text += QString::number(m_rng() % 10000);
        else
            text += QStringLiteral("https://example.org/") + hex(8);
    }
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    const double end = uniform();
    if (end < 0.3)
        text += QLatin1Char('.');
    else if (end < 0.45)
        text += QLatin1Char('?');
    else if (end < 0.5)
        text += QLatin1Char('!');
    return text;
}

} // namespace Tandem::Bench
