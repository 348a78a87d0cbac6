#pragma once

#include "profile/AccountConfig.h"
#include "profile/PasswordStore.h"

#include <functional>
#include <optional>

namespace Tandem {

class Profile;

/// The accounts of one profile as the user adds, changes and removes them: the settings in
/// accounts.ini, the password in the PasswordStore. `tandem account add` and the account dialog
/// both save through here, so an account is the same whichever way it came.
class ProfileAccounts
{
public:
    struct SaveResult
    {
        bool ok = false;
        AccountConfig config; ///< as saved (with where its password went)
        QString warning; ///< the password went to a file: no keychain was reachable
        QString error;
    };

    /// Both must outlive every callback of this object.
    ProfileAccounts(Profile *profile, PasswordStore *passwords);

    /// Stores the password (keychain or file, as `mode` allows), then adds `config` to the
    /// profile or replaces the account of the same JID. `done` is called once, maybe at once.
    void save(AccountConfig config, const QString &password, PasswordStore::Mode mode,
        std::function<void(const SaveResult &)> done);
    /// Takes the account out of the profile and forgets its password. Its messages stay in the
    /// database (a re-added account finds its history again). False: no such account.
    bool remove(const QString &jid);
    /// Whether the account connects when the profile runs. False: no such account.
    bool setEnabled(const QString &jid, bool enabled);
    /// The account of that JID in the profile, or null.
    std::optional<AccountConfig> find(const QString &jid) const;

private:
    Profile *m_profile;
    PasswordStore *m_passwords;
};

} // namespace Tandem
