#pragma once

#include "WorkContext.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace satellite {

class LocalStore;

// Receiving a supplier invoice (`transact` si) that came from the primary in
// status new or confirmed: each `stock_in` line, as checked (quantity, batch
// and expiry may be corrected), becomes a batch of stock or adds to the one
// it names, exactly once; the invoice is then finalised and goes out.
class GoodsReceipt
{
    Q_DECLARE_TR_FUNCTIONS(GoodsReceipt)

public:
    struct Correction
    {
        QString lineId;
        std::optional<double> packs;
        std::optional<QString> batch;
        std::optional<QDate> expiry;
    };
    struct Result
    {
        QString invoiceId;
        int linesReceived = 0;
        QStringList changedTypes;
    };

    GoodsReceipt(LocalStore &store, const WorkContext &context)
        : m_store(store)
        , m_context(context)
    { }

    // IDs of this store's supplier invoices waiting to be received.
    QStringList waiting();
    // Throws WorkRefusal (not a supplier invoice of this store, received
    // already, a negative quantity, ...) with nothing written.
    Result receive(const QString &invoiceId, const QList<Correction> &corrections = {});

private:
    QByteArray receivableInvoice(const QString &invoiceId);

    LocalStore &m_store;
    const WorkContext &m_context;
};

} // namespace satellite
