#include "PatientRegistry.h"

#include "PatientQuery.h"
#include "RecordFields.h"
#include "RecordWriter.h"
#include "WireValue.h"
#include "WorkRefusal.h"
#include "store/LocalStore.h"
#include "sync/WireFormat.h"

namespace satellite {

const QString PatientRegistry::kRemotePatient = QStringLiteral("remote_patient");

namespace {

const QString kName = QStringLiteral("name");
const QString kJoin = QStringLiteral("name_store_join");

QString displayName(const QString &first, const QString &last)
{
    if (first.isEmpty() || last.isEmpty())
        return first + last;
    return last + QStringLiteral(", ") + first;
}

} // namespace

QString PatientRegistry::proposeCode()
{
    const QString prefix = QStringLiteral("P");
    qint64 next = m_store.queries.highestPatientCodeNumber(prefix) + 1;
    QString code;
    do
        code = prefix + QStringLiteral("%1").arg(next++, 5, 10, QLatin1Char('0'));
    while (m_store.queries.patientCodeTaken(code));
    return code;
}

void PatientRegistry::checkCode(const QString &code, const QString &exceptId)
{
    if (code.trimmed().isEmpty())
        throw WorkRefusal(tr("A patient needs a code."));
    if (!m_store.queries.patientCodeTaken(code))
        return;
    const auto current = exceptId.isEmpty() ? std::nullopt : find(exceptId);
    if (!current || current->code.compare(code, Qt::CaseInsensitive) != 0)
        throw WorkRefusal(tr("The patient code %1 is already used by another patient.").arg(code));
}

void PatientRegistry::writeDetails(RecordPatch &patch, const PatientDetails &details,
                                   const Patient &current)
{
    const QString first = details.first.value_or(current.first).trimmed();
    const QString last = details.last.value_or(current.last).trimmed();
    if (first.isEmpty() && last.isEmpty())
        throw WorkRefusal(tr("A patient needs a first or a last name."));
    if (details.dateOfBirth && details.dateOfBirth->isValid()
        && *details.dateOfBirth > m_context.today())
        throw WorkRefusal(tr("The date of birth cannot be in the future."));
    patch.set(QStringLiteral("first"), WireValue::text(first))
        .set(QStringLiteral("last"), WireValue::text(last))
        .set(kName, WireValue::text(displayName(first, last)));
    if (details.code)
        patch.set(QStringLiteral("code"), WireValue::text(details.code->trimmed()));
    if (details.dateOfBirth)
        patch.set(QStringLiteral("date_of_birth"), WireValue::date(*details.dateOfBirth));
    if (details.female)
        patch.set(QStringLiteral("female"), WireValue::boolean(*details.female));
    const std::pair<const std::optional<QString> *, const char *> texts[] = {
        {&details.phone, "phone"},
        {&details.address1, "bill_address1"},
        {&details.address2, "bill_address2"},
        {&details.nationalHealthNumber, "national_health_number"},
    };
    for (const auto &[value, key] : texts) {
        if (*value)
            patch.set(QString::fromLatin1(key), WireValue::text((*value)->trimmed()));
    }
}

PatientRegistry::Saved PatientRegistry::add(const PatientDetails &given)
{
    if (m_context.storeId.isEmpty())
        throw WorkRefusal(tr("Log in to a site before registering patients."));
    PatientDetails details = given;
    Transaction transaction(m_store.db);
    if (!details.code || details.code->trimmed().isEmpty())
        details.code = proposeCode();
    checkCode(*details.code, {});

    const QString id = WireFormat::newId();
    RecordPatch patch;
    patch.set(QStringLiteral("ID"), WireValue::text(id))
        .set(QStringLiteral("type"), WireValue::text(QStringLiteral("patient")))
        .set(QStringLiteral("customer"), WireValue::boolean(true))
        .set(QStringLiteral("supplier"), WireValue::boolean(false))
        .set(QStringLiteral("manufacturer"), WireValue::boolean(false))
        .set(QStringLiteral("donor"), WireValue::boolean(false))
        .set(QStringLiteral("isDeceased"), WireValue::boolean(false))
        .set(QStringLiteral("date_of_birth"), WireValue::date({}))
        .set(QStringLiteral("email"), WireValue::text({}))
        .set(QStringLiteral("supplying_store_id"), WireValue::text(m_context.storeId))
        .set(QStringLiteral("created_date"), WireValue::date(m_context.today()));
    writeDetails(patch, details, Patient{});

    RecordWriter writer(m_store);
    writer.insert(kName, id, patch);
    const QString joinId = WireFormat::newId();
    writer.insert(kJoin, joinId,
                  RecordPatch()
                      .set(QStringLiteral("ID"), WireValue::text(joinId))
                      .set(QStringLiteral("name_ID"), WireValue::text(id))
                      .set(QStringLiteral("store_ID"), WireValue::text(m_context.storeId))
                      .set(QStringLiteral("inactive"), WireValue::boolean(false)));
    transaction.commit();
    return Saved{id, *details.code, writer.changedTypes()};
}

PatientRegistry::Saved PatientRegistry::edit(const QString &id, const PatientDetails &details)
{
    Transaction transaction(m_store.db);
    const auto record = m_store.queries.find(kName, id);
    const Patient current = record ? Patient::from(*record) : Patient{};
    if (!record || RecordFields(record->data).text(QStringLiteral("type")) != u"patient")
        throw WorkRefusal(tr("There is no patient with ID %1 here.").arg(id));
    // A patient of another clinic is changed there, unless it is visible here too.
    const bool ours
        = current.supplyingStoreId.isEmpty() || current.supplyingStoreId == m_context.storeId;
    if (!ours && !isVisibleHere(id))
        throw WorkRefusal(
            tr("%1 was registered at another clinic; change the details there.").arg(current.name));
    if (details.code)
        checkCode(*details.code, id);
    RecordPatch patch;
    writeDetails(patch, details, current);
    RecordWriter writer(m_store);
    writer.update(kName, id, record->data, patch);
    transaction.commit();
    return Saved{id, details.code.value_or(current.code), writer.changedTypes()};
}

std::optional<Patient> PatientRegistry::find(const QString &id)
{
    const auto record = m_store.queries.find(kName, id);
    if (!record || RecordFields(record->data).text(QStringLiteral("type")) != u"patient")
        return std::nullopt;
    return Patient::from(*record);
}

QList<Patient> PatientRegistry::search(const QString &text, int limit)
{
    const PatientQuery query = PatientQuery::parse(text);
    const QString birthDate
        = query.dateOfBirth.isValid() ? query.dateOfBirth.toString(Qt::ISODate) : QString();
    QList<Patient> patients;
    for (const StoredRecord &record : m_store.queries.findPatients(query.words, birthDate, limit))
        patients.append(Patient::from(record));
    return patients;
}

bool PatientRegistry::isVisibleHere(const QString &id)
{
    for (const StoredRecord &join : m_store.queries.linkedTo(kJoin, id, m_context.storeId)) {
        if (!RecordFields(join.data).boolean(QStringLiteral("inactive")))
            return true;
    }
    return false;
}

bool PatientRegistry::queueLinkIfNeeded(const QString &id)
{
    if (isVisibleHere(id) || m_store.pendingCalls.isQueued(id, m_context.storeId))
        return false;
    m_store.pendingCalls.queueNameStoreJoin(id, m_context.storeId);
    return true;
}

PatientRegistry::Linked PatientRegistry::link(const QString &id)
{
    if (m_context.storeId.isEmpty())
        throw WorkRefusal(tr("Log in to a site before linking patients."));
    Transaction transaction(m_store.db);
    Linked linked;
    if (!find(id)) {
        const auto found = m_store.remoteAnswers.find(kRemotePatient, id);
        if (!found)
            throw WorkRefusal(tr("There is no patient with ID %1 here; search the primary for "
                                 "patients registered at other clinics first.")
                                  .arg(id));
        // The primary's own record, not a change of ours: it is not pushed,
        // and the pull replaces it with the full record.
        const QByteArray data
            = RecordPatch()
                  .set(QStringLiteral("ID"), WireValue::text(id))
                  .set(QStringLiteral("type"), WireValue::text(QStringLiteral("patient")))
                  .appliedTo(found->body);
        const QString problem = m_store.records.put(kName, id, data);
        if (!problem.isEmpty())
            throw WorkRefusal(
                tr("The primary's record of this patient cannot be read: %1").arg(problem));
        linked.changedTypes.append(kName);
    }
    linked.queued = queueLinkIfNeeded(id);
    transaction.commit();
    return linked;
}

} // namespace satellite
