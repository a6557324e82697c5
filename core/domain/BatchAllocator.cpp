#include "BatchAllocator.h"

#include "DateText.h"
#include "WorkRefusal.h"

#include <QLocale>
#include <algorithm>

namespace satellite {

namespace {

// Stock figures are decimals kept as doubles: a thousandth of a unit is noise.
constexpr double kEpsilon = 1e-9;

QString units(double value)
{
    return QLocale().toString(value, 'g', 12);
}

} // namespace

double BatchAllocator::freeUnits(const Batch &batch) const
{
    return std::max(0.0, (batch.available - m_taken.value(batch.id)) * batch.packSize);
}

QString BatchAllocator::whyNot(const Batch &batch) const
{
    if (batch.isExpired(m_today))
        return tr("batch %1 expired on %2").arg(batch.batch, DateText::of(batch.expiry));
    if (batch.hold)
        return tr("batch %1 is on hold").arg(batch.batch);
    return {};
}

QList<Batch> BatchAllocator::usable(const QList<Batch> &batches, bool override) const
{
    QList<Batch> result;
    for (const Batch &batch : batches) {
        if (freeUnits(batch) > kEpsilon && (override || batch.isUsable(m_today)))
            result.append(batch);
    }
    std::stable_sort(result.begin(), result.end(), [](const Batch &a, const Batch &b) {
        if (a.expiry.isValid() != b.expiry.isValid())
            return a.expiry.isValid(); // batches that never expire go last
        if (a.expiry != b.expiry)
            return a.expiry < b.expiry;
        return a.batch < b.batch;
    });
    return result;
}

QList<BatchAllocator::Issue> BatchAllocator::allocate(const QList<Batch> &batches, double wanted,
                                                      const QString &itemName,
                                                      const QString &pickedBatchId,
                                                      bool override) const
{
    if (!(wanted > 0))
        throw WorkRefusal(tr("The quantity of %1 must be more than 0.").arg(itemName));
    QList<Batch> candidates;
    if (!pickedBatchId.isEmpty()) {
        const auto picked = std::find_if(batches.begin(), batches.end(), [&](const Batch &b) {
            return b.id == pickedBatchId || b.batch == pickedBatchId;
        });
        if (picked == batches.end())
            throw WorkRefusal(tr("%1 has no batch %2 in this store.").arg(itemName, pickedBatchId));
        const QString problem = whyNot(*picked);
        if (!problem.isEmpty() && !override)
            throw WorkRefusal(
                tr("%1: %2; give a reason to issue from it anyway.").arg(itemName, problem));
        candidates = {*picked};
    } else {
        candidates = usable(batches, override);
    }

    QList<Issue> issues;
    double remaining = wanted;
    for (const Batch &batch : std::as_const(candidates)) {
        if (remaining <= kEpsilon)
            break;
        const double take = std::min(remaining, freeUnits(batch));
        if (take <= kEpsilon)
            continue;
        const double packs = take / batch.packSize;
        issues.append(Issue{batch, take, packs, packs * batch.sellPrice});
        remaining -= take;
    }
    if (remaining > kEpsilon) {
        double offered = 0;
        for (const Batch &batch : std::as_const(candidates))
            offered += freeUnits(batch);
        double heldBack = 0;
        if (pickedBatchId.isEmpty() && !override) {
            for (const Batch &batch : batches) {
                if (!whyNot(batch).isEmpty())
                    heldBack += freeUnits(batch);
            }
        }
        QString message = pickedBatchId.isEmpty()
            ? tr("Not enough %1: %2 units asked, %3 available.")
                  .arg(itemName, units(wanted), units(offered))
            : tr("Not enough %1 in batch %2: %3 units asked, %4 available.")
                  .arg(itemName, candidates.first().batch, units(wanted), units(offered));
        if (heldBack > kEpsilon)
            message += u' ' + tr("%1 more units are expired or on hold.").arg(units(heldBack));
        throw WorkRefusal(message);
    }
    return issues;
}

} // namespace satellite
