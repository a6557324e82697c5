#include "SupportInfo.h"

#include "domain/RecordDescription.h"
#include "domain/WorkContext.h"
#include "domain/WorkLookups.h"
#include "store/LocalStore.h"
#include "sync/SettingKeys.h"
#include "widgets/SyncResultWords.h"

#include <QLocale>
#include <QSysInfo>

namespace satellite::ui {

SupportInfo SupportInfo::gather(LocalStore &store, const WorkContext &context)
{
    SupportInfo info;
    info.version = QCoreApplication::applicationVersion();
    info.server = store.settings.value(SettingKeys::serverUrl);
    info.site = store.settings.value(SettingKeys::siteName);
    info.store = WorkLookups(store, context).storeName();
    // A user not held here would be named by its ID: no codes, then.
    const QString user = RecordDescription(store).describe(QStringLiteral("user"), context.userId);
    if (!context.userId.isEmpty() && !user.contains(context.userId))
        info.user = user;
    info.databasePath = store.db.path();
    info.language = QLocale().nativeLanguageName();
    if (const auto last = store.history.lastSuccessful())
        info.lastGoodSync = last->finishedAt;
    const QList<SyncRun> recent = store.history.recent(1);
    if (!recent.isEmpty())
        info.lastResult = recent.first().result;
    info.waiting = store.outgoing.count();
    info.quarantined = store.quarantine.count();
    info.refused = store.refused.count();
    return info;
}

// As packaging/debian/copyright says: no licence has been chosen yet.
QString SupportInfo::licence()
{
    return tr("none granted yet (all rights reserved by the Satellite maintainers)");
}

QString SupportInfo::aboutText() const
{
    const QString unknown = tr("(not known yet)");
    const auto orUnknown
        = [&unknown](const QString &value) { return value.isEmpty() ? unknown : value; };
    QStringList lines{
        tr("Version: %1").arg(version),          tr("Licence: %1").arg(licence()),
        tr("Server: %1").arg(orUnknown(server)), tr("Site: %1").arg(orUnknown(site)),
        tr("Store: %1").arg(orUnknown(store)),
    };
    if (!user.isEmpty())
        lines.append(tr("User: %1").arg(user));
    lines.append(tr("Database: %1").arg(databasePath));
    return lines.join(u'\n');
}

QString SupportInfo::supportText() const
{
    QStringList lines{
        tr("Satellite support information"),
        aboutText(),
        tr("Language: %1").arg(language),
        tr("Qt: %1").arg(QString::fromLatin1(qVersion())),
        tr("System: %1").arg(QSysInfo::prettyProductName()),
        tr("Last good sync: %1")
            .arg(lastGoodSync.isValid()
                     ? QLocale().toString(lastGoodSync.toLocalTime(), QLocale::LongFormat)
                     : tr("never")),
        tr("Last sync: %1")
            .arg(lastResult.isEmpty() ? tr("none") : SyncResultWords::of(lastResult)),
        tr("%n change(s) waiting to go out", nullptr, int(waiting)),
        tr("%n record(s) in quarantine", nullptr, int(quarantined)),
        tr("%n change(s) refused by the primary", nullptr, int(refused)),
    };
    return lines.join(u'\n');
}

} // namespace satellite::ui
