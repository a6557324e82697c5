#include "PatientLinker.h"

#include "PrimaryQuestions.h"
#include "WorkAction.h"
#include "domain/PatientRegistry.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QPointer>

namespace satellite::ui {

PatientLinker::PatientLinker(LocalStore &store, const WorkContext &context,
                             PrimaryQuestions *questions, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_context(context)
    , m_questions(questions)
{ }

void PatientLinker::link(const QString &id, QObject *receiver, const Report &report)
{
    PatientRegistry::Linked result;
    QString name = id;
    const QString problem = WorkAction::run([&] {
        result = PatientRegistry(m_store, m_context).link(id);
        if (const auto patient = PatientRegistry(m_store, m_context).find(id))
            name = patient->name;
    });
    if (!problem.isEmpty()) {
        report(problem, true);
        return;
    }
    emit linked(id, result.changedTypes);
    if (!result.queued) {
        report(tr("%1 is visible in this store already.").arg(name), false);
        return;
    }
    emit callsChanged();
    report(tr("Making %1 visible here: asking the primary…").arg(name), false);
    RemoteRequest request;
    request.kind = RemoteRequest::Kind::SendPendingCalls;
    QPointer<QObject> guard(receiver);
    m_questions->ask(request, this, [this, id, name, guard, report](const RemoteAnswer &answer) {
        if (guard)
            sent(id, name, answer, report);
        emit callsChanged();
    });
}

// The call's row says what became of it: done when made, refused with the
// primary's words, still waiting when the primary could not be reached.
void PatientLinker::sent(const QString &id, const QString &name, const RemoteAnswer &answer,
                         const Report &report)
{
    std::optional<PendingCalls::Call> call;
    try {
        for (const PendingCalls::Call &pending : m_store.pendingCalls.all()) {
            if (pending.nameId == id && pending.storeId == m_context.storeId)
                call = pending;
        }
    } catch (const StoreError &error) {
        report(tr("The local database reported a problem (%1).").arg(error.message()), true);
        return;
    }
    if (!call || call->state == PendingCalls::State::Done) {
        report(tr("%1 is now visible in this store; their records arrive with the next sync.")
                   .arg(name),
               false);
    } else if (call->state == PendingCalls::State::Refused) {
        report(tr("The primary would not make %1 visible in this store: %2")
                   .arg(name, call->lastError),
               true);
    } else {
        report(tr("%1 will be made visible here at the next sync (%2). You can dispense to them "
                  "already.")
                   .arg(name,
                        answer.error.isError() ? PrimaryQuestions::whyNot(answer.error)
                                               : tr("the primary did not say")),
               false);
    }
}

} // namespace satellite::ui
