#pragma once

#include "WorkContext.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace satellite {

class LocalStore;

// A stock count: the pharmacist's counted units per batch; each difference
// becomes a line of one inventory adjustment (`transact` in, other party the
// store's invad name; `stock_in` up, `stock_out` down) and the batch changes
// to the count, in one transaction. Reasons come from the primary's
// `options` records (positive/negativeInventoryAdjustment).
class StockCount
{
    Q_DECLARE_TR_FUNCTIONS(StockCount)

public:
    struct Reason
    {
        QString id;
        QString title;
        bool increase = false;
    };
    struct Line
    {
        QString batchId;
        double countedUnits = 0;
        QString reason; // a reason's ID or title
    };
    struct Result
    {
        QString adjustmentId; // empty when every count matched the stock
        qint64 invoiceNumber = 0;
        int linesAdjusted = 0;
        QStringList changedTypes;
    };

    StockCount(LocalStore &store, const WorkContext &context)
        : m_store(store)
        , m_context(context)
    { }

    QList<Reason> reasons();
    // The batch of an item (by code or ID) with this batch number, in this store.
    QString findBatch(const QString &itemCode, const QString &batch);
    // Throws WorkRefusal (a negative count, a missing or unfitting reason, a
    // batch not of this store) with nothing written.
    Result record(const QList<Line> &lines, const QString &comment = {});

private:
    QString reasonFor(const QString &given, bool increase);
    QString adjustmentNameId();

    LocalStore &m_store;
    const WorkContext &m_context;
};

} // namespace satellite
