#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QVector>

class QXmppRosterManager;

namespace Tandem {

/// The account's roster (RFC 6121) as a list sorted by name, then JID: each contact's name,
/// subscription and best presence. Follows a QXmppRosterManager; a contact added, changed or
/// removed, or a presence change, is one insert, remove, move or dataChanged. Only a new roster
/// from the server (at connect) resets the rows.
class RosterModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        JidRole = Qt::UserRole + 1, ///< bare JID
        NameRole, ///< the name the user gave, or the JID; also Qt::DisplayRole
        SubscriptionRole, ///< none, to, from, both, remove
        OnlineRole, ///< bool: at least one resource available
        ShowRole, ///< the best resource's show: empty (available), chat, away, xa, dnd; "offline"
        StatusTextRole, ///< the best resource's status message
    };
    Q_ENUM(Role)

    explicit RosterModel(QObject *parent = nullptr);

    /// Follows `roster` (null: none).
    void setRoster(QXmppRosterManager *roster);
    int rowOf(const QString &bareJid) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString jid;
        QString name;
        QString subscription;
        QString show = QStringLiteral("offline");
        QString status;
        QString key() const;
    };

    Row rowFor(const QString &bareJid) const;
    void reload();
    /// Brings `bareJid`'s row in line with the roster: insert, remove, move or dataChanged.
    void sync(const QString &bareJid);
    int lowerBound(const Row &row) const;

    QPointer<QXmppRosterManager> m_roster;
    QVector<Row> m_rows;
};

} // namespace Tandem
