#include "AppSettings.h"

#include "sync/SyncEngine.h"

#include <QSettings>
#include <algorithm>

namespace satellite::ui {

int AppSettings::autoSyncMinutes() const
{
    return std::clamp(QSettings().value(QStringLiteral("sync/intervalMinutes"), 10).toInt(), 0,
                      24 * 60);
}

void AppSettings::setAutoSyncMinutes(int minutes)
{
    QSettings().setValue(QStringLiteral("sync/intervalMinutes"), minutes);
}

int AppSettings::minBatch() const
{
    return std::clamp(QSettings().value(QStringLiteral("sync/minBatch"), 10).toInt(), 1, 5000);
}

int AppSettings::maxBatch() const
{
    // The engine's own ceiling by default: it keeps batches small on a local line by itself
    // and needs the large ones on a slow line, where each round trip costs most.
    const int ceiling = SyncEngine::Tuning{}.maxBatch;
    return std::clamp(QSettings().value(QStringLiteral("sync/maxBatch"), ceiling).toInt(),
                      minBatch(), ceiling);
}

void AppSettings::setBatchBounds(int minimum, int maximum)
{
    QSettings settings;
    settings.setValue(QStringLiteral("sync/minBatch"), std::min(minimum, maximum));
    settings.setValue(QStringLiteral("sync/maxBatch"), std::max(minimum, maximum));
}

bool AppSettings::useSystemProxy() const
{
    return QSettings().value(QStringLiteral("network/systemProxy"), true).toBool();
}

void AppSettings::setUseSystemProxy(bool useSystemProxy)
{
    QSettings().setValue(QStringLiteral("network/systemProxy"), useSystemProxy);
}

QString AppSettings::language() const
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

} // namespace satellite::ui
