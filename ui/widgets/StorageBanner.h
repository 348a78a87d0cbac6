#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;

namespace Tandem {

class Instance;

/// A coloured strip at the top of the window while the message database cannot be written:
/// damaged (it stays until `tandem repair`), or failing for a passing reason while incoming
/// messages wait in memory (it goes once they are stored). Says in words what happened and what
/// to do. Hidden while storage works; a write that failed with nothing held stays status-bar text.
class StorageBanner : public QFrame
{
    Q_OBJECT
public:
    explicit StorageBanner(Instance *instance, QWidget *parent = nullptr);

    /// What the banner says; empty while it is hidden.
    QString text() const;

private:
    void refresh();

    QPointer<Instance> m_instance;
    QLabel *m_text;
};

} // namespace Tandem
