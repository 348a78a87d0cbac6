#include "widgets/TimelineView.h"

#include "models/TimelineModel.h"
#include "widgets/MessageDelegate.h"

#include <QScrollBar>

namespace Tandem {

TimelineView::TimelineView(QWidget *parent)
    : QListView(parent)
    , m_delegate(new MessageDelegate(this))
{
    setObjectName(QStringLiteral("timeline"));
    setAccessibleName(tr("Messages"));
    setItemDelegate(m_delegate);
    setUniformItemSizes(false);
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(Adjust);
    setWordWrap(true);
    setSelectionMode(NoSelection);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &TimelineView::scrolled);
}

void TimelineView::setTimeline(TimelineModel *model)
{
    m_model = model;
    setModel(model);
    connect(model, &TimelineModel::positioned, this, [this](int row) {
        m_following = m_model->atLiveEnd() && row == m_model->rowCount() - 1;
        scrollTo(m_model->index(row), m_following ? PositionAtBottom : PositionAtCenter);
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_delegate->forgetAll(); });
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
    m_following = m_model->atLiveEnd() && value >= bar->maximum() - 4;
    if (value <= bar->minimum() + bar->pageStep() && m_model->canFetchOlder())
        m_model->fetchOlder();
    else if (value >= bar->maximum() - bar->pageStep() && !m_model->atLiveEnd())
        m_model->fetchNewer();
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
