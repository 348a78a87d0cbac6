#pragma once

#include <QColor>
#include <QRect>
#include <QStyledItemDelegate>

namespace Tandem {

/// Paints one conversation of ConversationListModel in two lines beside an avatar placeholder (a
/// circle with the initial, its colour from the JID): the name, a pin and a mute glyph and the
/// time, then the preview or the draft, with the mention ("@") and unread badges. Colours come
/// from the view's palette, so a dark palette works; a muted conversation's badges are grey.
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// Where the parts of a row go (empty rects: not shown).
    struct Layout
    {
        QRect avatar;
        QRect name;
        QRect time;
        QRect pinned;
        QRect muted;
        QRect preview;
        QRect mentionBadge;
        QRect unreadBadge;
    };
    static Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index);

    /// The badges' colour: the palette's highlight, or a grey when the conversation is muted.
    static QColor badgeColor(bool muted, const QPalette &palette);
    /// What the unread badge says ("" for none; "999+" at most).
    static QString unreadText(qint64 count);

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Tandem
