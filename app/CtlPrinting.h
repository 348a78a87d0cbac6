#pragma once

#include <QJsonObject>
#include <QJsonValue>

// How `tandem ctl` prints the answers of the running instance: as text, or (--json) as the
// stable JSON documented in README.md.
namespace CtlCommand {

void printJson(const QJsonValue &value);
void printStatus(const QJsonObject &status);
void printRooms(const QJsonObject &rooms);
void printOccupants(const QJsonObject &occupants);
/// The answer of join and leave: the room and its state.
void printRoomState(const QJsonObject &room);
/// `hide` / `show`: whether the room is now hidden on this device.
void printRoomHidden(const QJsonObject &result);
/// The answer of send and correct: the message and its delivery state.
void printMessage(const QJsonObject &sent);
void printHistory(const QJsonObject &history);
void printSearch(const QJsonObject &search);
void printRead(const QJsonObject &read);
void printUnread(const QJsonObject &unread);
/// `ctl active`: this device's activity.
void printActivity(const QJsonObject &result);
/// `ctl notifications`: per account, whether this device notifies, the siblings' activity and
/// the notifications shown.
void printNotifications(const QJsonObject &result);

/// `ctl export`: asks the running instance for the conversation page by page (oldest first) and
/// writes each page as it arrives, so a long conversation is never held in memory at once.
/// With an \a outputPath the file appears only once complete (QSaveFile); on stdout a failure
/// leaves what was written so far and exits with 1.
int exportConversation(const QString &socketPath, QJsonObject request, bool json, const QString &outputPath);

} // namespace CtlCommand
