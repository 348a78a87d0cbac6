// TimelineView's pointer and keyboard input: text selection by dragging, links, the row menu
// and the copy keys. The scrolling and paging half is in TimelineView.cpp.
#include "widgets/TimelineView.h"

#include "models/TimelineModel.h"
#include "widgets/MessageDelegate.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBoundaryFinder>

#include <climits>

namespace Tandem {

QStyleOptionViewItem TimelineView::optionFor(const QModelIndex &index) const
{
    QStyleOptionViewItem option = viewOptions();
    option.rect = visualRect(index);
    return option;
}

QString TimelineView::linkAt(const QPoint &point) const
{
    const QModelIndex index = indexAt(point);
    if (!index.isValid())
        return {};
    return m_delegate->linkAt(optionFor(index), index, point);
}

std::optional<TimelineSelection::End> TimelineView::selectionEndAt(const QPoint &point) const
{
    if (!m_model || m_model->rowCount() == 0)
        return std::nullopt;
    // A drag beyond the viewport selects up to the row at its edge.
    const QPoint inside(
        qBound(0, point.x(), viewport()->width() - 1), qBound(0, point.y(), viewport()->height() - 1));
    QModelIndex index = indexAt(inside);
    QPoint at = point;
    if (!index.isValid()) {
        // Below the last row (a short conversation): the end of the last one.
        index = m_model->index(m_model->rowCount() - 1);
        at = visualRect(index).bottomRight();
    }
    const auto kindOf = [](const QModelIndex &i) { return i.data(TimelineModel::RowKindRole).toInt(); };
    while (index.isValid() && kindOf(index) != int(TimelineModel::RowKind::Message)
        && kindOf(index) != int(TimelineModel::RowKind::RoomEvent)) {
        // A status row (loading, beginning of the conversation) has no text: the row after it.
        index = m_model->index(index.row() + 1);
        at = visualRect(index).topLeft();
    }
    if (!index.isValid())
        return std::nullopt;
    const int offset = m_delegate->offsetAt(optionFor(index), index, at);
    if (offset < 0)
        return std::nullopt;
    return TimelineSelection::End { index.data(TimelineModel::TimeRole).toDateTime().toMSecsSinceEpoch(),
        index.data(TimelineModel::RowIdRole).toLongLong(), offset };
}

QString TimelineView::selectedText() const
{
    return m_model ? m_selection.text(*m_model) : QString();
}

void TimelineView::clearTextSelection()
{
    m_selection.clear();
    m_selecting = false;
    viewport()->update();
}

void TimelineView::copySelection(QClipboard::Mode mode) const
{
    const QString text = selectedText();
    if (!text.isEmpty()
        && (mode == QClipboard::Clipboard || QGuiApplication::clipboard()->supportsSelection()))
        QGuiApplication::clipboard()->setText(text, mode);
}

void TimelineView::selectAllText()
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    const auto first = selectionEndAt(visualRect(m_model->index(0)).topLeft() - QPoint(0, 1));
    const QModelIndex last = m_model->index(m_model->rowCount() - 1);
    const auto end = selectionEndAt(visualRect(last).bottomRight());
    if (!first || !end)
        return;
    // Offsets past a row's text are clamped to its end: the last row whole, whatever its size.
    m_selection.select({ first->timeMs, first->rowId, 0 }, { end->timeMs, end->rowId, INT_MAX });
    viewport()->update();
    copySelection(QClipboard::Selection);
}

bool TimelineView::event(QEvent *event)
{
    // Esc drops a selection before it closes panels (the window's shortcut).
    if (event->type() == QEvent::ShortcutOverride && !m_selection.isEmpty()
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        event->accept();
        return true;
    }
    return QListView::event(event);
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    QListView::mousePressEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    if (!linkAt(event->pos()).isEmpty()) {
        // A press on a link is the start of a click on it, not of a selection.
        clearTextSelection();
        return;
    }
    const auto end = selectionEndAt(event->pos());
    if (!end)
        return;
    if (event->modifiers() & Qt::ShiftModifier && !m_selection.isEmpty())
        m_selection.extendTo(*end);
    else
        m_selection.begin(*end);
    m_selecting = true;
    viewport()->update();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    QListView::mouseDoubleClickEvent(event);
    const QModelIndex index = indexAt(event->pos());
    const auto at = selectionEndAt(event->pos());
    if (event->button() != Qt::LeftButton || !at || !index.isValid()
        || index.data(TimelineModel::RowKindRole).toInt() != int(TimelineModel::RowKind::Message))
        return;
    // The word around the pointer, by the text's own word boundaries (any script).
    const QString text = index.data(TimelineModel::ShownBodyRole).toString();
    QTextBoundaryFinder words(QTextBoundaryFinder::Word, text);
    words.setPosition(qBound(0, at->offset, int(text.size())));
    int start = words.isAtBoundary() && (words.boundaryReasons() & QTextBoundaryFinder::StartOfItem)
        ? words.position()
        : words.toPreviousBoundary();
    words.setPosition(qMax(start, 0));
    const int end = words.toNextBoundary();
    if (start < 0 || end < 0 || end <= start)
        return;
    m_selection.select({ at->timeMs, at->rowId, start }, { at->timeMs, at->rowId, end });
    m_selecting = false;
    viewport()->update();
    copySelection(QClipboard::Selection);
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_selecting) {
        if (const auto end = selectionEndAt(event->pos()))
            m_selection.extendTo(*end);
        // Dragged past an edge: the view scrolls on, a step per move.
        QScrollBar *bar = verticalScrollBar();
        if (event->pos().y() < 0)
            bar->setValue(bar->value() - bar->singleStep());
        else if (event->pos().y() >= viewport()->height())
            bar->setValue(bar->value() + bar->singleStep());
        viewport()->update();
        return;
    }
    const QModelIndex index = indexAt(event->pos());
    Qt::CursorShape shape = Qt::ArrowCursor;
    if (!linkAt(event->pos()).isEmpty())
        shape = Qt::PointingHandCursor;
    else if (index.isValid() && m_delegate->overText(optionFor(index), index, event->pos()))
        shape = Qt::IBeamCursor;
    viewport()->setCursor(shape);
    QListView::mouseMoveEvent(event);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    const bool selecting = m_selecting && event->button() == Qt::LeftButton;
    if (selecting)
        m_selecting = false;
    // A click opens a link; a drag that started on one and selected text does not.
    const QString link
        = event->button() == Qt::LeftButton && m_selection.isEmpty() ? linkAt(event->pos()) : QString();
    QListView::mouseReleaseEvent(event);
    if (selecting)
        copySelection(QClipboard::Selection);
    if (!link.isEmpty())
        Q_EMIT linkActivated(link);
}

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid()
        || index.data(TimelineModel::RowKindRole).toInt() != int(TimelineModel::RowKind::Message))
        return;
    const QString link = linkAt(event->pos());
    QMenu menu(this);
    if (!m_selection.isEmpty())
        menu.addAction(tr("&Copy"), this, [this] { copySelection(QClipboard::Clipboard); });
    menu.addAction(tr("Copy Message &Text"), this,
        [index] { QGuiApplication::clipboard()->setText(index.data(TimelineModel::BodyRole).toString()); });
    if (!link.isEmpty()) {
        menu.addAction(
            tr("Copy &Link Address"), this, [link] { QGuiApplication::clipboard()->setText(link); });
        menu.addAction(tr("&Open Link"), this, [this, link] { Q_EMIT linkActivated(link); });
    }
    menu.exec(event->globalPos());
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    // Ctrl+C copies the selected text or else the whole message the keyboard is on.
    if (event->matches(QKeySequence::Copy) && !m_selection.isEmpty()) {
        copySelection(QClipboard::Clipboard);
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        selectAllText();
        return;
    }
    if (event->key() == Qt::Key_Escape && !m_selection.isEmpty()) {
        clearTextSelection();
        return;
    }
    if (event->matches(QKeySequence::Copy) && currentIndex().isValid()) {
        QGuiApplication::clipboard()->setText(currentIndex().data(TimelineModel::BodyRole).toString());
        return;
    }
    QListView::keyPressEvent(event);
}

} // namespace Tandem
