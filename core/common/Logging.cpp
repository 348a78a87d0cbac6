#include "common/Logging.h"

Q_LOGGING_CATEGORY(lcSession, "tandem.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "tandem.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProfile, "tandem.profile", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCtl, "tandem.ctl", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCoordinator, "tandem.coordinator", QtInfoMsg)
Q_LOGGING_CATEGORY(lcChatArchive, "tandem.archive", QtInfoMsg)
