#pragma once

#include "widgets/TimelineSelection.h"

#include <QClipboard>
#include <QListView>
#include <QPersistentModelIndex>

#include <optional>

class QToolButton;

namespace Tandem {

class MessageDelegate;
class TimelineModel;

/// The messages of a conversation: a per-pixel scrolling list over a TimelineModel painted by a
/// MessageDelegate. Scrolling near the top asks for older pages and near the bottom for newer
/// ones; rows going in or out above keep the message on screen where it was, and at the live end
/// the view follows new messages. Text is selected by dragging across one message or many (a
/// double click takes a word), copied with Ctrl+C and offered as the primary selection.
class TimelineView : public QListView
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setTimeline(TimelineModel *model);
    TimelineModel *timeline() const { return m_model; }
    MessageDelegate *messageDelegate() const { return m_delegate; }
    /// Whether the view shows the newest row at its bottom and follows new ones.
    bool isFollowing() const { return m_following; }

    /// Back to the newest message (reloading the window if it was paged away from the end).
    void jumpToLatest();
    /// To the "new messages" line (reloading the window around it if it is out of it).
    void jumpToFirstUnread();

    /// The text selected with the pointer, as copied (empty: nothing selected).
    QString selectedText() const;
    void clearTextSelection();

Q_SIGNALS:
    void followingChanged(bool following);
    /// A link in a message was clicked (or chosen from the row's menu).
    void linkActivated(const QString &url);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setFollowing(bool following);
    /// Shows the jump buttons that lead somewhere from here, at the viewport's lower right.
    void updateJumps();
    QString linkAt(const QPoint &point) const;
    QStyleOptionViewItem optionFor(const QModelIndex &index) const;
    /// The selection end under `point`, clamped to the rows shown: above the first, its start;
    /// below the last, its end. Nullopt when no row has text.
    std::optional<TimelineSelection::End> selectionEndAt(const QPoint &point) const;
    void selectAllText();
    void copySelection(QClipboard::Mode mode) const;
    void scrolled(int value);
    void keepAnchor();
    void restoreAnchor();
    void forgetSizes(const QModelIndex &first, const QModelIndex &last, const QVector<int> &roles);

    TimelineModel *m_model = nullptr;
    MessageDelegate *m_delegate;
    QPersistentModelIndex m_anchor; ///< the row at the top before rows go in or out
    int m_anchorOffset = 0; ///< how far above the viewport's top that row began
    bool m_following = true;
    TimelineSelection m_selection;
    bool m_selecting = false; ///< the left button went down on text and has not come up
    QToolButton *m_jumpLatest;
    QToolButton *m_jumpUnread;
};

} // namespace Tandem
