#pragma once

#include <QString>

namespace satellite::SettingKeys {

// Keys of LocalSettings the sync engine reads and writes.
inline const QString serverUrl = QStringLiteral("server_url");
inline const QString siteName = QStringLiteral("site_name");
inline const QString siteId = QStringLiteral("site_id");
inline const QString serverId = QStringLiteral("server_id");
inline const QString storeId = QStringLiteral("store_id");
inline const QString storeNameId = QStringLiteral("store_name_id");
inline const QString userId = QStringLiteral("user_id");
inline const QString allowInsecureHttp = QStringLiteral("allow_insecure_http");
inline const QString trustedCertificate = QStringLiteral("trusted_certificate_sha256");
inline const QString initialDumpDone = QStringLiteral("initial_dump_done");
// The batch size the last sync ended with: the next starts from it.
inline const QString learnedBatch = QStringLiteral("sync_learned_batch");

} // namespace satellite::SettingKeys
