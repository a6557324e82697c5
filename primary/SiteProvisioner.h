#pragma once

#include "PrimaryContext.h"

namespace primary {

// Creates a satellite site with a store of its own: the store record, the
// store's name record and the site's credentials, as an administrator would.
class SiteProvisioner
{
public:
    explicit SiteProvisioner(PrimaryContext &context)
        : m_context(context)
    { }

    // Call inside a transaction. The new store is queued to the other sites.
    Site create(const QString &name, const QString &password);
    // Sets a new password for an existing site.
    void setPassword(const QString &name, const QString &password);

    // A site name must work in Basic auth: not empty, no ':'.
    static bool isValidName(const QString &name);

private:
    void addRecord(const QString &type, const QString &id, const QByteArray &data);

    PrimaryContext &m_context;
};

} // namespace primary
