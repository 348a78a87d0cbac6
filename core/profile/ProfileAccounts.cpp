#include "profile/ProfileAccounts.h"

#include "common/Logging.h"
#include "profile/Profile.h"

namespace Tandem {

ProfileAccounts::ProfileAccounts(Profile *profile, PasswordStore *passwords)
    : m_profile(profile)
    , m_passwords(passwords)
{ }

void ProfileAccounts::save(AccountConfig config, const QString &password, PasswordStore::Mode mode,
    std::function<void(const SaveResult &)> done)
{
    if (QString error; !m_profile->ensureDirectory(&error)) {
        done({ false, config, {}, error });
        return;
    }
    Profile *profile = m_profile;
    m_passwords->write(config.jid, password, mode,
        [profile, config, done = std::move(done)](const PasswordStore::WriteResult &written) mutable {
            if (!written.ok) {
                done({ false, config, {}, written.error });
                return;
            }
            config.passwordStorage = written.storage;
            QVector<AccountConfig> accounts = profile->accounts();
            auto existing = std::find_if(accounts.begin(), accounts.end(),
                [&](const AccountConfig &a) { return a.jid == config.jid; });
            if (existing != accounts.end())
                *existing = config;
            else
                accounts.append(config);
            profile->saveAccounts(accounts);
            qCInfo(lcProfile) << "account" << config.jid << "saved";
            done({ true, config, written.warning, {} });
        });
}

bool ProfileAccounts::remove(const QString &jid)
{
    QVector<AccountConfig> accounts = m_profile->accounts();
    auto it = std::find_if(
        accounts.begin(), accounts.end(), [&](const AccountConfig &a) { return a.jid == jid; });
    if (it == accounts.end())
        return false;
    m_passwords->remove(jid);
    accounts.erase(it);
    m_profile->saveAccounts(accounts);
    qCInfo(lcProfile) << "account" << jid << "removed";
    return true;
}

bool ProfileAccounts::setEnabled(const QString &jid, bool enabled)
{
    QVector<AccountConfig> accounts = m_profile->accounts();
    auto it = std::find_if(
        accounts.begin(), accounts.end(), [&](const AccountConfig &a) { return a.jid == jid; });
    if (it == accounts.end())
        return false;
    it->enabled = enabled;
    m_profile->saveAccounts(accounts);
    return true;
}

std::optional<AccountConfig> ProfileAccounts::find(const QString &jid) const
{
    for (const AccountConfig &a : m_profile->accounts()) {
        if (a.jid == jid)
            return a;
    }
    return std::nullopt;
}

} // namespace Tandem
