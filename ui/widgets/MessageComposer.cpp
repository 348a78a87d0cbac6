#include "widgets/MessageComposer.h"

#include "models/NickCompletion.h"

#include <QKeyEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

namespace Tandem {

namespace {
constexpr int maxVisibleLines = 6;
}

MessageComposer::MessageComposer(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(false);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(document(), &QTextDocument::contentsChanged, this, [this] {
        if (m_completion && !m_completing)
            m_completion->reset();
        // Up to the visible maximum the composer grows instead of scrolling.
        setVerticalScrollBarPolicy(
            wrappedLines() > maxVisibleLines ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
        updateGeometry();
    });
}

void MessageComposer::setPrompt(const QString &text)
{
    setPlaceholderText(text);
    setAccessibleName(text);
}

QString MessageComposer::message() const
{
    QString text = toPlainText();
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    return text;
}

int MessageComposer::heightForLines(int lines) const
{
    // The frame is not in the contents margins of a scroll area: without it one line would not
    // fit, and the scroll bar would show for a single line.
    const QMargins m = contentsMargins();
    return lines * fontMetrics().lineSpacing() + int(2 * document()->documentMargin()) + 2 * frameWidth()
        + m.top() + m.bottom() + 4;
}

int MessageComposer::wrappedLines() const
{
    // Wrapped lines count: the layout knows them once the document has a width.
    int lines = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next())
        lines += std::max(1, block.layout() ? block.layout()->lineCount() : 1);
    return lines;
}

QSize MessageComposer::sizeHint() const
{
    return { QPlainTextEdit::sizeHint().width(),
        heightForLines(std::clamp(wrappedLines(), 1, maxVisibleLines)) };
}

QSize MessageComposer::minimumSizeHint() const
{
    return { 100, heightForLines(1) };
}

void MessageComposer::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        const QString text = message();
        if (!text.trimmed().isEmpty())
            Q_EMIT submitted(text);
        return;
    }
    if (enter) {
        insertPlainText(QStringLiteral("\n"));
        return;
    }
    if (event->key() == Qt::Key_Up && event->modifiers() == Qt::NoModifier && document()->isEmpty()) {
        Q_EMIT editLastRequested();
        return;
    }
    // Tab completes a nick when a word is typed before the cursor; otherwise it moves the focus,
    // as everywhere else (a composer never inserts a tab character).
    if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier) {
        // QPlainTextEdit refuses to give the focus away on Tab: ask QWidget directly.
        if (!completeNick())
            QWidget::focusNextPrevChild(true);
        return;
    }
    if (event->key() == Qt::Key_Backtab) {
        QWidget::focusNextPrevChild(false);
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool MessageComposer::completeNick()
{
    if (!m_completion)
        return false;
    NickCompletion::Result result;
    if (!m_completion->complete(toPlainText(), textCursor().position(), &result))
        return false;
    // Our own edit must not end the completion cycle (a second Tab offers the next nick).
    m_completing = true;
    setPlainText(result.text);
    m_completing = false;
    QTextCursor cursor = textCursor();
    cursor.setPosition(result.cursor);
    setTextCursor(cursor);
    updateGeometry();
    return true;
}

} // namespace Tandem
