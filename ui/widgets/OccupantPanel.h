#pragma once

#include <QWidget>

class QLineEdit;
class QListView;
class QToolButton;

namespace Tandem {

class OccupantListModel;
class RoomService;

/// A room's occupants beside its timeline: a header with the count that folds the panel away,
/// a filter line, and the list grouped by role (an OccupantListModel).
class OccupantPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OccupantPanel(QWidget *parent = nullptr);

    /// Lists `room` of `rooms`; an empty room hides the panel.
    void setRoom(RoomService *rooms, const QString &room);
    OccupantListModel *model() const { return m_model; }
    QString headerText() const;
    bool isCollapsed() const;

private:
    void refreshHeader();

    OccupantListModel *m_model;
    QToolButton *m_header;
    QLineEdit *m_filter;
    QListView *m_list;
};

} // namespace Tandem
