#include "PatientsElsewhere.h"

#include "RecordFields.h"
#include "store/LocalStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace satellite {

QList<PatientsElsewhere::Found> PatientsElsewhere::notHeldHere(const QByteArray &reply)
{
    QList<Found> found;
    for (const QJsonValue &value : QJsonDocument::fromJson(reply).array()) {
        Patient patient
            = Patient::fromData({}, QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        if (patient.id.isEmpty() || m_store.queries.find(QStringLiteral("name"), patient.id))
            continue;
        const QString clinic = patient.supplyingStoreId == m_context.storeId
            ? QString() // registered here, never pulled: no other clinic to name
            : storeName(patient.supplyingStoreId);
        found.append({std::move(patient), clinic});
    }
    return found;
}

QString PatientsElsewhere::storeName(const QString &storeId)
{
    const auto store
        = storeId.isEmpty() ? std::nullopt : m_store.queries.find(QStringLiteral("store"), storeId);
    return store ? RecordFields(store->data).text(QStringLiteral("name")) : QString();
}

} // namespace satellite
