#pragma once

#include "sync/SyncTypes.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>

namespace satellite {
class LocalStore;
struct WorkContext;
} // namespace satellite

namespace satellite::ui {

class PrimaryQuestions;

// Makes a patient visible in this store (PatientRegistry::link: the v4 call
// queued in the same transaction), then asks the engine to make the queued
// calls now. Online the patient is visible at once and their records come
// with the next sync; offline the call waits for the next sync. Either way
// the patient can be dispensed to at once.
class PatientLinker : public QObject
{
    Q_OBJECT
public:
    // What became of it, in words; `problem` when the patient is not made visible.
    using Report = std::function<void(const QString &text, bool problem)>;

    PatientLinker(LocalStore &store, const WorkContext &context, PrimaryQuestions *questions,
                  QObject *parent = nullptr);

    // `report` runs now and again when the primary has answered, unless `receiver` is gone.
    void link(const QString &id, QObject *receiver, const Report &report);

signals:
    // The patient is held here (views refresh, the Dispense page can pick them).
    void linked(const QString &id, const QStringList &changedTypes);
    // The queued calls changed (one more waits, or it was made or refused).
    void callsChanged();

private:
    void sent(const QString &id, const QString &name, const RemoteAnswer &answer,
              const Report &report);

    LocalStore &m_store;
    const WorkContext &m_context;
    PrimaryQuestions *m_questions;
};

} // namespace satellite::ui
