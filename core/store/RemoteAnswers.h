#pragma once

#include "Database.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace satellite {

// The primary's last answer to a lookup (a patient's history across stores,
// the patients a search found), kept so that it can be shown offline.
class RemoteAnswers
{
public:
    struct Answer
    {
        QDateTime fetchedAt;
        QByteArray body;
    };

    explicit RemoteAnswers(Database &db)
        : m_db(db)
    { }

    void keep(const QString &kind, const QString &key, const QByteArray &body);
    std::optional<Answer> find(const QString &kind, const QString &key);

private:
    Database &m_db;
};

} // namespace satellite
