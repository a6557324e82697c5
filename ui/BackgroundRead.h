#pragma once

#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>
#include <atomic>
#include <functional>
#include <optional>

namespace satellite::ui {

// Reads the database on a pool thread, over a connection of its own, and
// hands the value (a value type) to `done` on the GUI thread, if `receiver`
// still exists: a page fills itself without the window waiting for it.
// A read that fails hands nothing (the page keeps what it shows).
template<typename Value>
void readInBackground(const QString &databasePath, QObject *receiver,
                      std::function<Value(LocalStore &)> read, std::function<void(Value)> done)
{
    static std::atomic_int connections{0};
    const QString connection = QStringLiteral("background-read-%1").arg(++connections);
    QPointer<QObject> guard(receiver);
    QThreadPool::globalInstance()->start([=] {
        std::optional<Value> value;
        try {
            LocalStore store(databasePath, connection);
            value = read(store);
        } catch (const StoreError &) {
            return;
        }
        // qApp lives on the GUI thread; the guard is read there, where the receiver lives.
        QMetaObject::invokeMethod(
            qApp,
            [guard, done, result = std::move(*value)] {
                if (guard)
                    done(result);
            },
            Qt::QueuedConnection);
    });
}

} // namespace satellite::ui
