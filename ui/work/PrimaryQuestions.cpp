#include "PrimaryQuestions.h"

#include "sync/SyncController.h"

#include <utility>

namespace satellite::ui {

PrimaryQuestions::PrimaryQuestions(SyncController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
{
    connect(m_controller, &SyncController::remoteAnswered, this, &PrimaryQuestions::take);
}

QString PrimaryQuestions::whyNot(const SyncError &error)
{
    if (error.kind == SyncError::Kind::Offline || error.kind == SyncError::Kind::Timeout)
        return tr("the primary cannot be reached now");
    return error.describe();
}

void PrimaryQuestions::ask(const RemoteRequest &request, QObject *receiver, Answered done)
{
    m_waiting.append({request, receiver, std::move(done)});
    if (!m_asked)
        askNext();
}

void PrimaryQuestions::dropWaiting(QObject *receiver)
{
    m_waiting.removeIf([receiver](const Question &question) {
        return question.receiver.isNull() || question.receiver == receiver;
    });
}

void PrimaryQuestions::askNext()
{
    if (m_asked) // a callback asked again already
        return;
    m_waiting.removeIf([](const Question &question) { return question.receiver.isNull(); });
    if (m_waiting.isEmpty())
        return;
    m_asked = m_waiting.takeFirst();
    m_controller->ask(m_asked->request);
}

void PrimaryQuestions::take(const RemoteAnswer &answer)
{
    // Someone else's question (not asked through here): not ours to take.
    if (!m_asked || answer.kind != m_asked->request.kind)
        return;
    const Question asked = *std::exchange(m_asked, std::nullopt);
    if (asked.receiver)
        asked.done(answer);
    askNext();
}

} // namespace satellite::ui
