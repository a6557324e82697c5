#include "PrimaryQueries.h"

#include "json/JsonScanner.h"

using satellite::JsonScanner;

namespace PrimaryQueries {

QHash<QString, QByteArray> records(const QUrl &url, const QString &type)
{
    HttpClient admin(url);
    const QByteArray body
        = admin.get(QStringLiteral("/admin/records"), QUrlQuery{{QStringLiteral("type"), type}})
              .body;
    QHash<QString, QByteArray> found;
    JsonScanner scanner(body);
    for (const QByteArrayView element : scanner.arrayElements().value_or(QList<QByteArrayView>())) {
        JsonScanner object(element);
        for (const JsonScanner::Member &member :
             object.objectMembers().value_or(QList<JsonScanner::Member>())) {
            if (member.key == u"ID" || member.key == u"id")
                found.insert(JsonScanner::decodeString(member.raw).value_or(QString()),
                             element.toByteArray());
        }
    }
    return found;
}

std::unique_ptr<HttpClient> siteClient(const QUrl &url, const QString &site,
                                       const QString &password)
{
    auto client = std::make_unique<HttpClient>(url);
    client->setCredentials(satellite::SiteCredentials::fromPassword(site, password));
    const auto reply = client->get(QStringLiteral("/sync/v2/site/"),
                                   QUrlQuery{{QStringLiteral("site_name"), site}});
    client->setSiteIds(reply.object().value(u"SiteID").toInt());
    return client;
}

qint64 queued(HttpClient &client)
{
    return qint64(client.syncGet(QStringLiteral("/sync/v2/queued_records/count"))
                      .object()
                      .value(u"NumRecords")
                      .toDouble(-1));
}

} // namespace PrimaryQueries
