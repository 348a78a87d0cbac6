#pragma once

#include <QObject>

class QSocketNotifier;

/// Turns SIGTERM/SIGINT into a Qt signal delivered on the event loop (self-pipe trick), since
/// nothing but write() is safe inside a signal handler.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};
