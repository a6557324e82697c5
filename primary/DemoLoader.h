#pragma once

#include "DemoWorld.h"
#include "PrimaryContext.h"

namespace primary {

// Puts a demo world into the primary once: its sites, its records, and each
// site's queue filled as an initial dump would. A restart finds it there.
class DemoLoader
{
public:
    explicit DemoLoader(PrimaryContext &context)
        : m_context(context)
    { }

    // A user who may log in to a demo store (GET /sync/v3/user).
    struct User
    {
        QString name;
        QString password; // in clear, for the demo only
        QStringList storeNames;
        bool isAdmin = false;
    };
    struct Result
    {
        bool loadedNow = false;
        qint64 records = 0;
        QList<DemoStore> stores;
        QList<User> users;
    };

    Result load(DemoSize size, quint64 seed);

private:
    void createSites(const QList<DemoStore> &stores);
    // A pharmacist per site's store (with the site's UserID) and an administrator in every store.
    static QList<User> users(const QList<DemoStore> &stores);
    // Those users, and the central store as the clinics' supplying store.
    void createUsersAndSupplier(const QList<DemoStore> &stores);
    qint64 storeRecords(const DemoWorld &world);

    PrimaryContext &m_context;
};

} // namespace primary
