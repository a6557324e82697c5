#include "PatientHistory.h"

#include "PatientQuery.h"
#include "RecordFields.h"
#include "store/LocalStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace satellite {

QString PatientHistory::storeName()
{
    const auto store = m_store.queries.find(QStringLiteral("store"), m_context.storeId);
    return store ? RecordFields(store->data).text(QStringLiteral("name")) : tr("This store");
}

QString PatientHistory::clinicianName(const QString &id)
{
    const auto clinician
        = id.isEmpty() ? std::nullopt : m_store.queries.find(QStringLiteral("clinician"), id);
    if (!clinician)
        return {};
    const RecordFields fields(clinician->data);
    return (fields.text(QStringLiteral("first_name")) + u' '
            + fields.text(QStringLiteral("last_name")))
        .trimmed();
}

QList<PatientHistory::Entry> PatientHistory::local(const QString &patientId)
{
    QList<Entry> entries;
    const QString store = storeName();
    for (const StoredRecord &invoice :
         m_store.queries.linkedTo(QStringLiteral("transact"), patientId)) {
        const RecordFields fields(invoice.data);
        const QString status = fields.text(QStringLiteral("status"));
        if (fields.text(QStringLiteral("type")) != u"ci" || status == u"nw" || status == u"sg")
            continue; // drafts have not been dispensed
        const QString prescriber = clinicianName(fields.text(QStringLiteral("prescriber_ID")));
        for (const StoredRecord &line :
             m_store.queries.linkedTo(QStringLiteral("trans_line"), invoice.id)) {
            const RecordFields lineFields(line.data);
            const auto item = m_store.queries.find(QStringLiteral("item"),
                                                   lineFields.text(QStringLiteral("item_ID")));
            const double packSize = lineFields.number(QStringLiteral("pack_size"));
            Entry entry;
            entry.lineId = line.id;
            entry.date = fields.date(QStringLiteral("confirm_date"));
            entry.storeName = store;
            entry.itemName = lineFields.text(QStringLiteral("item_name"));
            entry.itemCode
                = item ? RecordFields(item->data).text(QStringLiteral("code")) : QString();
            entry.quantity
                = lineFields.number(QStringLiteral("quantity")) * (packSize > 0 ? packSize : 1);
            entry.prescriber = prescriber;
            entries.append(entry);
        }
    }
    return merged(entries, {});
}

QList<PatientHistory::Entry> PatientHistory::fromPrimary(const QByteArray &reply)
{
    QList<Entry> entries;
    for (const QJsonValue &value : QJsonDocument::fromJson(reply).array()) {
        const QJsonObject dispensing = value.toObject();
        const QJsonObject clinician = dispensing.value(u"clinician").toObject();
        const QString prescriber = (clinician.value(u"first_name").toString() + u' '
                                    + clinician.value(u"last_name").toString())
                                       .trimmed();
        const QDate date
            = QDate::fromString(dispensing.value(u"confirm_date").toString().left(10), Qt::ISODate);
        const QString store = dispensing.value(u"store").toObject().value(u"name").toString();
        for (const QJsonValue &lineValue : dispensing.value(u"transLines").toArray()) {
            const QJsonObject line = lineValue.toObject();
            Entry entry;
            entry.lineId = line.value(u"ID").toString();
            entry.date = date;
            entry.storeName = store;
            entry.itemName = line.value(u"item_name").toString();
            entry.itemCode = line.value(u"itemLine")
                                 .toObject()
                                 .value(u"item")
                                 .toObject()
                                 .value(u"code")
                                 .toString();
            const QJsonValue quantity = line.value(u"quantity");
            entry.quantity
                = quantity.isString() ? quantity.toString().toDouble() : quantity.toDouble();
            entry.prescriber = prescriber;
            entry.fromPrimary = true;
            entries.append(entry);
        }
    }
    return entries;
}

QList<PatientHistory::Entry> PatientHistory::merged(const QList<Entry> &local,
                                                    const QList<Entry> &primary)
{
    QList<Entry> all = local;
    QSet<QString> held;
    for (const Entry &entry : local)
        held.insert(entry.lineId);
    for (const Entry &entry : primary) {
        if (entry.lineId.isEmpty() || !held.contains(entry.lineId))
            all.append(entry);
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const Entry &a, const Entry &b) { return a.date > b.date; });
    return all;
}

QList<QUrlQuery> PatientHistory::remoteSearches(const QString &text)
{
    const PatientQuery parsed = PatientQuery::parse(text);
    const QStringList &words = parsed.words;
    QUrlQuery dateOfBirth;
    if (parsed.dateOfBirth.isValid())
        dateOfBirth.addQueryItem(QStringLiteral("dob"),
                                 parsed.dateOfBirth.toString(QStringLiteral("ddMMyyyy")));
    auto search = [&](const QList<std::pair<QString, QString>> &fields) {
        QUrlQuery query = dateOfBirth;
        for (const auto &[field, value] : fields)
            query.addQueryItem(field, u'@' + value + u'@');
        return query;
    };
    if (words.isEmpty())
        return dateOfBirth.isEmpty() ? QList<QUrlQuery>() : QList<QUrlQuery>{dateOfBirth};
    if (words.size() == 1) {
        const QString word = words.first();
        return {search({{QStringLiteral("last_name"), word}}),
                search({{QStringLiteral("first_name"), word}}),
                search({{QStringLiteral("barcode"), word}})};
    }
    // "Ana Maria Silva" and "Silva Ana": the first word and the rest, both ways round.
    const QString first = words.first();
    const QString rest = words.mid(1).join(u' ');
    return {search({{QStringLiteral("first_name"), first}, {QStringLiteral("last_name"), rest}}),
            search({{QStringLiteral("first_name"), rest}, {QStringLiteral("last_name"), first}})};
}

} // namespace satellite
