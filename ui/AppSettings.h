#pragma once

#include <QString>

namespace satellite::ui {

// The desktop app's own preferences, typed, kept with QSettings. (What the
// sync engine needs to know about the site lives in the database.)
class AppSettings
{
public:
    int autoSyncMinutes() const;
    void setAutoSyncMinutes(int minutes);
    int minBatch() const;
    int maxBatch() const;
    void setBatchBounds(int minimum, int maximum);
    bool useSystemProxy() const;
    void setUseSystemProxy(bool useSystemProxy);
    QString language() const; // empty: the system's
    void setLanguage(const QString &language);
};

} // namespace satellite::ui
