#pragma once

#include "BatchAllocator.h"
#include "WorkContext.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace satellite {

class LocalStore;
class RecordWriter;

// A prescription dispensed to a patient (RECORDS.md, "What a dispensing
// writes"): a `transact` ci/dispensary, one `trans_line` per batch issued,
// the batches reduced, and the patient made visible in this store, all in
// one transaction. A draft (status nw) takes its packs from the batches'
// `available` only; finalising it (status fn) takes them from on hand too.
class Dispensing
{
    Q_DECLARE_TR_FUNCTIONS(Dispensing)

public:
    struct Line
    {
        QString itemId; // or its code
        double units = 0;
        QString batch; // a batch picked by hand (its ID or batch number); empty: FEFO
        QString directions;
    };
    struct Request
    {
        QString patientId;
        QString prescriberId; // a clinician, optional
        QList<Line> lines;
        QString overrideReason; // allows expired or held batches when not empty
        bool draft = false;
        QString draftId; // replaces this draft (its number is kept)
    };
    struct PlannedLine
    {
        QString itemId;
        QString itemName;
        QString directions;
        QList<BatchAllocator::Issue> issues;
    };
    struct Result
    {
        QString transactId;
        qint64 invoiceNumber = 0;
        double total = 0;
        bool linkQueued = false;
        QStringList changedTypes;
    };

    Dispensing(LocalStore &store, const WorkContext &context)
        : m_store(store)
        , m_context(context)
    { }

    // Which batches each line would come from, at what price: what the
    // pharmacist sees before saving. Throws WorkRefusal as save() would.
    QList<PlannedLine> plan(const Request &request);
    Result save(const Request &request);
    Result finalise(const QString &draftId);
    // Gives a draft's packs back to its batches and deletes it.
    QStringList discardDraft(const QString &draftId);

private:
    QList<PlannedLine> planLines(const Request &request, const QHash<QString, double> &released);
    void checkParties(const Request &request);
    QByteArray draftData(const QString &draftId);
    QHash<QString, double> draftPacks(const QString &draftId);
    void releaseDraft(const QString &draftId, RecordWriter &writer);
    void writeLines(const QString &transactId, const QList<PlannedLine> &lines, bool draft,
                    RecordWriter &writer);
    void takeFromBatch(const QString &batchId, double availablePacks, double onHandPacks,
                       RecordWriter &writer);

    LocalStore &m_store;
    const WorkContext &m_context;
};

} // namespace satellite
