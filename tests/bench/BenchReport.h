// What every benchmark program does around its measurement: a quiet log, waiting without
// blocking the event loop, the run's header, statistics and tables.
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>
#include <vector>

namespace Tandem::Bench {

// ---------------------------------------------------------------------------------------------
// Process-wide setup

/// Sends Qt log output (QXmpp, tandem.* categories) to `path` instead of stderr, so that the
/// benchmark's own tables stay readable; with `verbose` it goes to stderr too.
void redirectQtLog(const QString &path, bool verbose);
/// Warnings and worse seen by the redirected handler.
int qtWarningCount();

/// Milliseconds on a monotonic clock shared by the whole process (sub-millisecond resolution).
double nowMs();

/// Runs the event loop until `done()` holds or `timeoutMs` passed, checking every `pollMs`.
/// Never sleeps the thread: timers and sockets keep being served meanwhile.
bool waitUntil(const std::function<bool()> &done, int timeoutMs, int pollMs = 5);
/// Runs the event loop for `ms`.
void idle(int ms);

/// "N cores, CPU model, build type" of this run.
QString machineDescription();
/// Prints the benchmark's title, the date and the machine, then `parameters` (one per line).
void printHeader(const QString &title, const QStringList &parameters);

/// printf to stdout and flush (tables interleave with progress lines).
void say(const char *format, ...) __attribute__((format(printf, 1, 2)));
/// Progress on stderr; stdout keeps the results.
void progress(const char *format, ...) __attribute__((format(printf, 1, 2)));

// ---------------------------------------------------------------------------------------------
// Statistics and output

struct Summary
{
    int count = 0;
    double min = 0;
    double p50 = 0;
    double p90 = 0;
    double p99 = 0;
    double mean = 0;
    double max = 0;
};
/// Nearest-rank percentiles.
Summary summarize(QVector<double> values);

/// A plain-text table with right-aligned numeric columns.
class Table
{
public:
    explicit Table(QStringList header)
        : m_header(std::move(header))
    { }
    void add(QStringList row) { m_rows << row; }
    void print() const;
    /// The same table as GitHub Markdown (for RESULTS.md).
    QString markdown() const;

private:
    QStringList m_header;
    QVector<QStringList> m_rows;
};

QString fmt(double value, int decimals = 2);

} // namespace Tandem::Bench
