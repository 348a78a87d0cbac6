#pragma once

#include "xmpp/RoomMirror.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QVector>
#include <optional>

namespace Tandem {

class RoomService;

/// One room's occupants for the occupant panel, grouped by role: moderators, participants,
/// visitors, then anyone else, each group by nick (SectionRole names the group). Follows the
/// room's mirror in the account's RoomService, which on a sibling is fed by the anchor's relays
/// and snapshot, so every device lists the same occupants. A join, leave, nick, role or presence
/// change is one insert, remove, move or dataChanged; only the room's own join or exit (and a new
/// filter) touch all rows, so a room of thousands stays cheap to follow.
class OccupantListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        NickRole = Qt::UserRole + 1, ///< also Qt::DisplayRole
        MucRoleRole, ///< moderator, participant, visitor (XEP-0045 role)
        GroupRole, ///< Group, as int: the section the occupant is listed under
        SectionRole, ///< the group's name, in words
        AffiliationRole, ///< owner, admin, member, none
        ShowRole, ///< the presence's show: empty (available), away, chat, dnd, xa
        PresenceTextRole, ///< the presence, in words
        IsSelfRole, ///< bool: the account's own occupant
        RealJidRole, ///< when the room shows it
    };
    Q_ENUM(Role)

    enum class Group { Moderators, Participants, Visitors, Others };
    Q_ENUM(Group)

    explicit OccupantListModel(QObject *parent = nullptr);

    /// Lists `room` of `rooms` (null or empty room: nothing).
    void setRoom(RoomService *rooms, const QString &room);
    QString room() const { return m_room; }

    /// Shows only the occupants whose nick contains `text` (ignoring case); empty: all.
    void setFilter(const QString &text);
    QString filter() const { return m_filter; }
    /// How many occupants the room has, whatever the filter.
    int count() const { return m_all.size(); }
    int rowOf(const QString &nick) const;

    static QString groupText(Group group);
    static QString presenceText(const QString &show);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged(int count);

private:
    struct Row
    {
        RoomMirror::Occupant occupant;
        QString key; ///< the nick case-folded: the order within a group
        Group group = Group::Others;
        bool self = false;
    };

    void onRoomEvent(const QString &room, const RoomMirror::Event &event);
    /// Brings `nick`'s row in line with the mirror.
    void sync(const QString &nick);
    /// Brings every row in line with the mirror (our join or exit, a new mirror).
    void syncAll();
    std::optional<Row> rowFor(const QString &nick) const;
    bool accepted(const Row &row) const;
    /// Where `row` is, or would go, in m_rows.
    int lowerBound(const Row &row) const;
    int find(const Row &row) const;
    const RoomMirror *mirror() const;
    void setAll(QHash<QString, Row> all);

    QPointer<RoomService> m_service;
    QString m_room;
    QString m_filter;
    QHash<QString, Row> m_all; ///< every occupant, by nick
    QVector<Row> m_rows; ///< those the filter accepts, in order
};

} // namespace Tandem
