#include "BenchReport.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QMutex>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdarg>
#include <cstdio>

namespace Tandem::Bench {

// ---------------------------------------------------------------------------------------------
// Process-wide setup

namespace {
FILE *logFile = nullptr;
bool logVerbose = false;
int warnings = 0;
QMutex logMutex;

void logHandler(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    const char *level = "debug";
    switch (type) {
    case QtDebugMsg:
        level = "debug";
        break;
    case QtInfoMsg:
        level = "info";
        break;
    case QtWarningMsg:
        level = "warning";
        break;
    case QtCriticalMsg:
        level = "critical";
        break;
    case QtFatalMsg:
        level = "fatal";
        break;
    }
    const QByteArray line
        = QStringLiteral("%1 %2 %3: %4\n")
              .arg(nowMs(), 10, 'f', 1)
              .arg(QLatin1String(level), QLatin1String(context.category ? context.category : "default"), text)
              .toUtf8();
    QMutexLocker lock(&logMutex);
    if (type >= QtWarningMsg && type != QtInfoMsg)
        ++warnings;
    if (logFile) {
        std::fwrite(line.constData(), 1, size_t(line.size()), logFile);
        std::fflush(logFile);
    }
    if (logVerbose || !logFile || type == QtFatalMsg)
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    if (type == QtFatalMsg)
        std::abort();
}
} // namespace

void redirectQtLog(const QString &path, bool verbose)
{
    logVerbose = verbose;
    logFile = std::fopen(QFile::encodeName(path).constData(), "a");
    qInstallMessageHandler(logHandler);
}

int qtWarningCount()
{
    QMutexLocker lock(&logMutex);
    return warnings;
}

double nowMs()
{
    static const auto start = std::chrono::steady_clock::now();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs, int pollMs)
{
    if (done())
        return true;
    QEventLoop loop;
    bool ok = false;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    poll.setInterval(pollMs);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done()) {
            ok = true;
            loop.quit();
        }
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    poll.start();
    deadline.start(timeoutMs);
    loop.exec();
    return ok || done();
}

void idle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

QString machineDescription()
{
    QString cpu = QStringLiteral("unknown CPU");
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : info.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
                break;
            }
        }
    }
    return QStringLiteral("%1 cores (%2), %3 build")
        .arg(QThread::idealThreadCount())
        .arg(cpu, QStringLiteral(TANDEM_BENCH_BUILD_TYPE));
}

void printHeader(const QString &title, const QStringList &parameters)
{
    say("%s\n", qPrintable(title));
    say("  date:    %s\n", qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    say("  machine: %s\n", qPrintable(machineDescription()));
    for (const QString &p : parameters)
        say("  %s\n", qPrintable(p));
    say("\n");
}

void say(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    std::vfprintf(stdout, format, args);
    va_end(args);
    std::fflush(stdout);
}

void progress(const char *format, ...)
{
    std::fprintf(stderr, "[%8.1f s] ", nowMs() / 1000.0);
    va_list args;
    va_start(args, format);
    std::vfprintf(stderr, format, args);
    va_end(args);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

// ---------------------------------------------------------------------------------------------
// Statistics and output

Summary summarize(QVector<double> values)
{
    Summary s;
    s.count = int(values.size());
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    auto rank = [&](double p) {
        const int index = int(std::ceil(p / 100.0 * values.size())) - 1;
        return values[std::clamp(index, 0, int(values.size()) - 1)];
    };
    s.min = values.first();
    s.max = values.last();
    s.p50 = rank(50);
    s.p90 = rank(90);
    s.p99 = rank(99);
    double sum = 0;
    for (double v : values)
        sum += v;
    s.mean = sum / values.size();
    return s;
}

QString fmt(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

void Table::print() const
{
    QVector<int> widths;
    for (const QString &h : m_header)
        widths << int(h.size());
    for (const QStringList &row : m_rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], int(row[i].size()));
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (int i = 0; i < widths.size(); ++i) {
            const QString cell = cells.value(i);
            text += i == 0 ? cell.leftJustified(widths[i]) : cell.rightJustified(widths[i]);
            text += i + 1 < widths.size() ? QStringLiteral("  ") : QString();
        }
        say("%s\n", qPrintable(text));
    };
    line(m_header);
    QString rule;
    for (int i = 0; i < widths.size(); ++i)
        rule += QString(widths[i], QLatin1Char('-'))
            + (i + 1 < widths.size() ? QStringLiteral("  ") : QString());
    say("%s\n", qPrintable(rule));
    for (const QStringList &row : m_rows)
        line(row);
}

QString Table::markdown() const
{
    QString text = QStringLiteral("| ") + m_header.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|");
    for (int i = 0; i < m_header.size(); ++i)
        text += i == 0 ? QStringLiteral(" --- |") : QStringLiteral(" ---: |");
    text += QLatin1Char('\n');
    for (const QStringList &row : m_rows)
        text += QStringLiteral("| ") + row.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    return text;
}

} // namespace Tandem::Bench
