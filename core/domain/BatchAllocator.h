#pragma once

#include "Batch.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace satellite {

// Chooses the batches a quantity is issued from: first expiry, first out;
// never an expired batch or one on hold unless the pharmacist overrides with
// a reason; never more than a batch has free. Quantities asked are in units.
class BatchAllocator
{
    Q_DECLARE_TR_FUNCTIONS(BatchAllocator)

public:
    struct Issue
    {
        Batch batch;
        double units = 0;
        double packs = 0;
        double price = 0; // packs x sell price
    };

    explicit BatchAllocator(const QDate &today)
        : m_today(today)
    { }

    // Packs already promised to earlier lines of the same action.
    void setTaken(const QHash<QString, double> &packsByBatch) { m_taken = packsByBatch; }

    // The batches in the order they are issued from (FEFO; batches without
    // expiry last), those that may not be used left out.
    QList<Batch> usable(const QList<Batch> &batches, bool override) const;
    // Issues `units` of `itemName` from `batches`, or from `pickedBatchId`
    // alone when given. Throws WorkRefusal, in words, when it cannot.
    QList<Issue> allocate(const QList<Batch> &batches, double units, const QString &itemName,
                          const QString &pickedBatchId, bool override) const;

private:
    double freeUnits(const Batch &batch) const;
    QString whyNot(const Batch &batch) const; // empty when the batch may be used

    QDate m_today;
    QHash<QString, double> m_taken;
};

} // namespace satellite
