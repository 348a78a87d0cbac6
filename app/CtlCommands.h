#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <vector>

// Everything here sits in namespace CtlCommand, so that lupdate files the tr() calls of the ctl
// sources under "CtlCommand".
namespace CtlCommand {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("CtlCommand", text);
}

/// Prints "tandem ctl: MESSAGE" on standard error and gives \a code back, for `return fail(…)`.
int fail(const QString &message, int code = 1);

/// The options of `tandem ctl`.
struct Options
{
    QList<QCommandLineOption> all() const;

    QCommandLineOption json;
    QCommandLineOption limit;
    QCommandLineOption account;
    QCommandLineOption nick;
    QCommandLineOption password;
    QCommandLineOption in;
    QCommandLineOption format;
    QCommandLineOption output;
    QCommandLineOption upTo;
};

/// The options with their help translated: to be called once the translator is installed. A
/// free function, not a constructor: lupdate would file a member's tr() under
/// "CtlCommand::Options", a context the program never looks in.
Options makeOptions();

/// One `tandem ctl` command line, parsed: what a command turns into its request.
struct Invocation
{
    const QCommandLineParser &parser;
    const Options &options;
    QStringList args; ///< the command's name, then its arguments
    QString profileDir;

    bool isSet(const QCommandLineOption &option) const { return parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return parser.value(option); }
    /// The arguments from \a first on, as one text (the words of a message or a query).
    QString joined(int first) const { return args.mid(first).join(QLatin1Char(' ')); }
};

/// One command of `tandem ctl`: a row of the table in CtlCommands.cpp. Adding a command to the
/// client side is adding a row; the running instance answers it in core/ctl/ControlCommands.cpp.
struct Command
{
    /// How many arguments follow the name.
    struct Count
    {
        static constexpr int any = -1;
        int min;
        int max; ///< or any
        bool allows(int n) const { return n >= min && (max == any || n <= max); }
    };

    const char *name; ///< also the command sent to the running instance
    /// What follows the name in its usage (QT_TRANSLATE_NOOP; nullptr when nothing does).
    const char *arguments;
    /// The line `tandem ctl --help` shows (QT_TRANSLATE_NOOP); nullptr keeps the command out of
    /// the list.
    const char *summary;
    Count count;
    /// Adds the command's arguments and options to \a request (which may already name the
    /// account); an answer other than empty is a usage error. nullptr: nothing to add.
    QString (*request)(const Invocation &call, QJsonObject &request);
    /// Prints the result as text (nullptr: nothing to print); with --json it is printed as JSON
    /// instead.
    void (*print)(const QJsonObject &result);
    /// Replaces the single request and its printing (export asks page after page).
    int (*exchange)(const Invocation &call, const QJsonObject &request) = nullptr;
};

/// The commands, in the order `tandem ctl --help` lists them.
const std::vector<Command> &commands();
/// The command called \a name, or nullptr.
const Command *findCommand(const QString &name);
/// "NAME ARGUMENTS", translated: what the usage error and the help show.
QString synopsis(const Command &command);
/// The list of commands with their summaries, for `tandem ctl --help`.
QString commandsHelp();

} // namespace CtlCommand
