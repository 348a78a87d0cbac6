#include "xmpp/PubSubIq.h"

#include "profile/Jid.h"

#include <QXmlStreamWriter>

namespace Tandem {

PubSubIq::PubSubIq(QXmppIq::Type type, Action action, const QString &node)
    : QXmppIq(type)
    , m_action(action)
    , m_node(node)
{ }

const PubSubIq::Options &PubSubIq::privateNodeOptions()
{
    static const Options options = {
        { QStringLiteral("persist_items"), QStringLiteral("true") },
        { QStringLiteral("max_items"), QStringLiteral("max") },
        { QStringLiteral("send_last_published_item"), QStringLiteral("never") },
        { QStringLiteral("access_model"), QStringLiteral("whitelist") },
    };
    return options;
}

bool PubSubIq::isOwnPepService(const QString &from, const QString &accountJid)
{
    return from.isEmpty() || (Jid::resource(from).isEmpty() && Jid::bare(from) == Jid::bare(accountJid));
}

PubSubIq PubSubIq::requestItems(const QString &node)
{
    return PubSubIq(QXmppIq::Get, Action::Items, node);
}

PubSubIq PubSubIq::publish(
    const QString &node, const QString &itemId, PayloadWriter payload, const Options &publishOptions)
{
    PubSubIq iq(QXmppIq::Set, Action::Publish, node);
    iq.m_itemId = itemId;
    iq.m_payload = std::move(payload);
    iq.m_options = publishOptions;
    return iq;
}

PubSubIq PubSubIq::retract(const QString &node, const QString &itemId, bool notify)
{
    PubSubIq iq(QXmppIq::Set, Action::Retract, node);
    iq.m_itemId = itemId;
    iq.m_notify = notify;
    return iq;
}

void PubSubIq::toXmlElementFromChild(QXmlStreamWriter *writer) const
{
    writer->writeStartElement(QStringLiteral("pubsub"));
    writer->writeDefaultNamespace(QString::fromLatin1(Ns::PubSub));
    switch (m_action) {
    case Action::Items:
        writer->writeStartElement(QStringLiteral("items"));
        writer->writeAttribute(QStringLiteral("node"), m_node);
        writer->writeEndElement();
        break;
    case Action::Publish:
        writer->writeStartElement(QStringLiteral("publish"));
        writer->writeAttribute(QStringLiteral("node"), m_node);
        writer->writeStartElement(QStringLiteral("item"));
        if (!m_itemId.isEmpty())
            writer->writeAttribute(QStringLiteral("id"), m_itemId);
        if (m_payload)
            m_payload(writer);
        writer->writeEndElement(); // item
        writer->writeEndElement(); // publish
        if (!m_options.isEmpty()) {
            writer->writeStartElement(QStringLiteral("publish-options"));
            writer->writeStartElement(QStringLiteral("x"));
            writer->writeDefaultNamespace(QStringLiteral("jabber:x:data"));
            writer->writeAttribute(QStringLiteral("type"), QStringLiteral("submit"));
            writer->writeStartElement(QStringLiteral("field"));
            writer->writeAttribute(QStringLiteral("var"), QStringLiteral("FORM_TYPE"));
            writer->writeAttribute(QStringLiteral("type"), QStringLiteral("hidden"));
            writer->writeTextElement(QStringLiteral("value"), QString::fromLatin1(Ns::PubSubPublishOptions));
            writer->writeEndElement();
            for (const auto &option : m_options) {
                writer->writeStartElement(QStringLiteral("field"));
                writer->writeAttribute(QStringLiteral("var"), QStringLiteral("pubsub#") + option.first);
                writer->writeTextElement(QStringLiteral("value"), option.second);
                writer->writeEndElement();
            }
            writer->writeEndElement(); // x
            writer->writeEndElement(); // publish-options
        }
        break;
    case Action::Retract:
        writer->writeStartElement(QStringLiteral("retract"));
        writer->writeAttribute(QStringLiteral("node"), m_node);
        if (m_notify)
            writer->writeAttribute(QStringLiteral("notify"), QStringLiteral("true"));
        writer->writeStartElement(QStringLiteral("item"));
        writer->writeAttribute(QStringLiteral("id"), m_itemId);
        writer->writeEndElement();
        writer->writeEndElement();
        break;
    }
    writer->writeEndElement(); // pubsub
}

} // namespace Tandem
