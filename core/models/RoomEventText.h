#pragma once

#include "storage/Message.h"

#include <QCoreApplication>
#include <QString>

namespace Tandem {

/// The one line a room event row of the timeline reads ("carol joined", "dave was kicked: spam",
/// "bob is now robert", "alice changed the subject to …", "You joined"), in the user's language.
class RoomEventText
{
    Q_DECLARE_TR_FUNCTIONS(RoomEventText)
public:
    /// Empty for a row that is not a room event (RoomEventRow::parse()).
    static QString of(const Message &row);
};

} // namespace Tandem
