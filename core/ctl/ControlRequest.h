#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace Tandem {

/// One request line of the control socket, read before anything acts on it:
/// {"command": "NAME", "args": {...}} with a non-empty command name and, if present, an object of
/// arguments. Pure, so that the bytes a client sends can be fuzzed (tests/fuzz/fuzz_ctl_request).
struct ControlRequest
{
    QString command;
    QJsonObject args;

    /// The request in `line` (one line, newline removed), or nothing with `error` saying why.
    static std::optional<ControlRequest> parse(const QByteArray &line, QString *error = nullptr);
    /// The request as the server's handler receives it.
    QJsonObject toJson() const;
};

} // namespace Tandem
