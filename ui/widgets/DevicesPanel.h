#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QListView;
class QPushButton;

namespace Tandem {

class DeviceListModel;

/// The devices panel: the account's Tandem devices online now with their role and why the
/// anchor is the anchor, the term, who holds each room, and the two things a user may decide
/// ("make this device the anchor", "this device is always on"). Everything it shows and does
/// goes through a DeviceListModel.
class DevicesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DevicesPanel(DeviceListModel *model, QWidget *parent = nullptr);

    /// The summary line (status, anchor's reason and term) and the rooms with their holders, as
    /// shown; for tests and the status bar's tooltip.
    QString summaryText() const;
    QString roomsText() const;

private:
    void refresh();

    DeviceListModel *m_model;
    QLabel *m_summary;
    QListView *m_devices;
    QLabel *m_rooms;
    QPushButton *m_makeAnchor;
    QCheckBox *m_alwaysOn;
};

} // namespace Tandem
