#pragma once

#include <QPlainTextEdit>

namespace Tandem {

class NickCompletion;

/// The message composer: several lines, growing with its text up to a few lines. Enter sends,
/// Shift+Enter starts a new line, Up in an empty composer asks to edit the last own message, Tab
/// completes an occupant's nick when a word is typed before the cursor (otherwise it moves focus).
class MessageComposer : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit MessageComposer(QWidget *parent = nullptr);

    /// Nicks to complete (a room's), or null in a 1:1 chat. Not owned.
    void setCompletion(NickCompletion *completion) { m_completion = completion; }
    /// Shows the placeholder `text` and says it to screen readers.
    void setPrompt(const QString &text);
    /// The text with its own line breaks, trimmed of trailing whitespace.
    QString message() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void submitted(const QString &text);
    void editLastRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool completeNick();
    int heightForLines(int lines) const;
    int wrappedLines() const;

    NickCompletion *m_completion = nullptr;
    bool m_completing = false; ///< our own edit: the completion cycle goes on
};

} // namespace Tandem
