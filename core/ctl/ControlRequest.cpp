#include "ctl/ControlRequest.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Tandem {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Tandem::ControlRequest", text);
}
} // namespace

std::optional<ControlRequest> ControlRequest::parse(const QByteArray &line, QString *error)
{
    auto refuse = [error](const QString &why) -> std::optional<ControlRequest> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(tr("Malformed request: %1").arg(parseError.errorString()));
    if (!doc.isObject())
        return refuse(tr("Malformed request: not a JSON object"));
    const QJsonObject object = doc.object();
    const QJsonValue command = object.value(QStringLiteral("command"));
    if (!command.isString() || command.toString().isEmpty())
        return refuse(tr("Malformed request: no command name"));
    const QJsonValue args = object.value(QStringLiteral("args"));
    // Arguments of another type would be read as none: a command would run with its defaults.
    if (!args.isUndefined() && !args.isNull() && !args.isObject())
        return refuse(tr("Malformed request: the arguments are not a JSON object"));
    return ControlRequest { command.toString(), args.toObject() };
}

QJsonObject ControlRequest::toJson() const
{
    return { { QStringLiteral("command"), command }, { QStringLiteral("args"), args } };
}

} // namespace Tandem
