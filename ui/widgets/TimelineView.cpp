#include "widgets/TimelineView.h"

#include "models/TimelineModel.h"
#include "widgets/Icons.h"
#include "widgets/MessageDelegate.h"

#include <QScrollBar>
#include <QToolButton>

namespace Tandem {

TimelineView::TimelineView(QWidget *parent)
    : QListView(parent)
    , m_delegate(new MessageDelegate(this))
    , m_jumpLatest(new QToolButton(this))
    , m_jumpUnread(new QToolButton(this))
{
    m_jumpLatest->setObjectName(QStringLiteral("jumpToLatest"));
    m_jumpLatest->setText(tr("Jump to latest"));
    Icons::set(m_jumpLatest, Icons::JumpLatest);
    m_jumpLatest->setAccessibleName(tr("Jump to the latest message"));
    m_jumpUnread->setObjectName(QStringLiteral("jumpToUnread"));
    m_jumpUnread->setText(tr("Jump to first unread"));
    Icons::set(m_jumpUnread, Icons::JumpUnread);
    m_jumpUnread->setAccessibleName(tr("Jump to the first unread message"));
    for (QToolButton *button : { m_jumpLatest, m_jumpUnread }) {
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(false);
        button->setCursor(Qt::PointingHandCursor);
        button->hide();
    }
    connect(m_jumpLatest, &QToolButton::clicked, this, &TimelineView::jumpToLatest);
    connect(m_jumpUnread, &QToolButton::clicked, this, &TimelineView::jumpToFirstUnread);
    setObjectName(QStringLiteral("timeline"));
    setAccessibleName(tr("Messages"));
    setItemDelegate(m_delegate);
    setUniformItemSizes(false);
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(Adjust);
    setWordWrap(true);
    setSelectionMode(NoSelection);
    setMouseTracking(true); // the pointer turns into a hand over links, an I-beam over text
    m_delegate->setSelection(&m_selection);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &TimelineView::scrolled);
}

void TimelineView::setTimeline(TimelineModel *model)
{
    m_model = model;
    setModel(model);
    connect(model, &TimelineModel::positioned, this, [this](int row) {
        setFollowing(m_model->atLiveEnd() && row == m_model->rowCount() - 1);
        scrollTo(m_model->index(row), m_following ? PositionAtBottom : PositionAtCenter);
        updateJumps();
    });
    connect(model, &QAbstractItemModel::dataChanged, this, &TimelineView::updateJumps);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_delegate->forgetAll();
        // Another conversation, or the window reloaded elsewhere: what was selected is not shown.
        m_selection.clear();
        m_selecting = false;
    });
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &TimelineView::keepAnchor);
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &TimelineView::keepAnchor);
    // Rows dropped from the window take their cached sizes along: the cache stays as bounded as
    // the window.
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
        [this](const QModelIndex &, int first, int last) {
            for (int row = first; row <= last; ++row)
                m_delegate->forget(m_model->index(row).data(TimelineModel::RowIdRole).toLongLong());
        });
    connect(model, &QAbstractItemModel::rowsInserted, this, &TimelineView::restoreAnchor);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TimelineView::restoreAnchor);
    connect(model, &QAbstractItemModel::dataChanged, this, &TimelineView::forgetSizes);
}

void TimelineView::scrolled(int value)
{
    if (!m_model)
        return;
    QScrollBar *bar = verticalScrollBar();
    setFollowing(m_model->atLiveEnd() && value >= bar->maximum() - 4);
    updateJumps();
    if (value <= bar->minimum() + bar->pageStep() && m_model->canFetchOlder())
        m_model->fetchOlder();
    else if (value >= bar->maximum() - bar->pageStep() && !m_model->atLiveEnd())
        m_model->fetchNewer();
}

void TimelineView::setFollowing(bool following)
{
    if (following == m_following)
        return;
    m_following = following;
    Q_EMIT followingChanged(following);
}

void TimelineView::jumpToLatest()
{
    if (!m_model)
        return;
    if (m_model->atLiveEnd()) {
        scrollToBottom();
        setFollowing(true);
    } else {
        m_model->openAtEnd();
    }
    updateJumps();
}

void TimelineView::jumpToFirstUnread()
{
    if (!m_model || !m_model->firstUnreadRowId())
        return;
    const int row = m_model->rowOf(m_model->firstUnreadRowId());
    if (row < 0)
        m_model->openAt(m_model->firstUnreadRowId());
    else
        scrollTo(m_model->index(row), PositionAtTop);
    updateJumps();
}

void TimelineView::updateJumps()
{
    if (!m_model)
        return;
    m_jumpLatest->setVisible(!m_following && m_model->rowCount() > 0);
    bool unreadShown = true;
    if (const qint64 unread = m_model->firstUnreadRowId()) {
        const int row = m_model->rowOf(unread);
        unreadShown = row >= 0 && viewport()->rect().intersects(visualRect(m_model->index(row)));
    }
    m_jumpUnread->setVisible(!unreadShown);
    // Lower right, the unread one above the latest one, clear of the scroll bar.
    const QRect area = viewport()->geometry();
    int bottom = area.bottom() - 8;
    for (QToolButton *button : { m_jumpLatest, m_jumpUnread }) {
        if (!button->isVisible())
            continue;
        const QSize size = button->sizeHint();
        button->setGeometry(
            area.right() - size.width() - 8, bottom - size.height(), size.width(), size.height());
        button->raise();
        bottom -= size.height() + 6;
    }
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    updateJumps();
}

void TimelineView::keepAnchor()
{
    m_anchor = indexAt(QPoint(1, 1));
    m_anchorOffset = m_anchor.isValid() ? -visualRect(m_anchor).top() : 0;
}

void TimelineView::restoreAnchor()
{
    // The layout must be current before the rows' positions mean anything.
    doItemsLayout();
    if (m_following && m_model->atLiveEnd()) {
        scrollToBottom();
    } else if (m_anchor.isValid()) {
        scrollTo(m_anchor, PositionAtTop);
        verticalScrollBar()->setValue(verticalScrollBar()->value() + m_anchorOffset);
    }
    updateJumps();
}

void TimelineView::forgetSizes(const QModelIndex &first, const QModelIndex &last, const QVector<int> &roles)
{
    if (roles == QVector<int>({ TimelineModel::DeliveryStateRole }))
        return; // a glyph changes, not the height
    for (int row = first.row(); row <= last.row(); ++row) {
        const QModelIndex index = m_model->index(row);
        m_delegate->forget(index.data(TimelineModel::RowIdRole).toLongLong());
        Q_EMIT m_delegate->sizeHintChanged(index);
    }
}

} // namespace Tandem
