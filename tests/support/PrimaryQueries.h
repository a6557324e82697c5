#pragma once

#include "HttpClient.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrl>
#include <memory>

// What tests ask a running primary-sim, through its real HTTP API.
namespace PrimaryQueries {

// ID -> raw Data of every record of `type` the primary holds now.
QHash<QString, QByteArray> records(const QUrl &url, const QString &type);

// A client with the site's credentials and its from_site looked up.
std::unique_ptr<HttpClient> siteClient(const QUrl &url, const QString &site,
                                       const QString &password);

// NumRecords of the site's queue.
qint64 queued(HttpClient &client);

} // namespace PrimaryQueries
