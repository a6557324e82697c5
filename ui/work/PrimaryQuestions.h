#pragma once

#include "sync/SyncTypes.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

namespace satellite {
class SyncController;
} // namespace satellite

namespace satellite::ui {

// The questions the screens ask the primary beside the sync (patients of
// other clinics, a patient's history, the queued v4 calls made now), one at
// a time: the engine's answer does not name its question, and a question
// asked while a sync waits on the network is answered before the ones
// asked earlier. The GUI thread never waits: each answer comes to its
// callback, dropped when the widget that asked is gone.
class PrimaryQuestions : public QObject
{
    Q_OBJECT
public:
    using Answered = std::function<void(const RemoteAnswer &answer)>;

    explicit PrimaryQuestions(SyncController *controller, QObject *parent = nullptr);

    void ask(const RemoteRequest &request, QObject *receiver, Answered done);
    // Drops the receiver's questions not yet asked: their answers would come too late.
    void dropWaiting(QObject *receiver);

    // Why the primary did not answer, short enough to go inside a sentence:
    // "the primary cannot be reached now" when the line is down.
    static QString whyNot(const SyncError &error);

private:
    struct Question
    {
        RemoteRequest request;
        QPointer<QObject> receiver;
        Answered done;
    };

    void askNext();
    void take(const RemoteAnswer &answer);

    SyncController *m_controller;
    QList<Question> m_waiting;
    std::optional<Question> m_asked;
};

} // namespace satellite::ui
