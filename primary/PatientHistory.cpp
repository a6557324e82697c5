#include "PatientHistory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace primary {

namespace {

QString text(const QJsonObject &object, const char16_t *key)
{
    const QJsonValue value = object.value(QStringView(key));
    return value.isString() ? value.toString()
        : value.isDouble()  ? QString::number(value.toDouble())
                            : QString();
}

// Both dialects: 5 or "5".
double number(const QJsonObject &object, const char16_t *key)
{
    const QJsonValue value = object.value(QStringView(key));
    return value.isDouble() ? value.toDouble() : value.toString().toDouble();
}

bool boolean(const QJsonObject &object, const char16_t *key)
{
    const QJsonValue value = object.value(QStringView(key));
    return value.isBool() ? value.toBool()
                          : value.toString().compare(u"true", Qt::CaseInsensitive) == 0;
}

QJsonObject person(const QJsonObject &clinician)
{
    return {{QStringLiteral("first_name"), text(clinician, u"first_name")},
            {QStringLiteral("last_name"), text(clinician, u"last_name")}};
}

} // namespace

QJsonObject PatientHistory::dataOf(const QString &type, const QString &id)
{
    if (id.isEmpty())
        return {};
    const auto record = m_records.find(type, id);
    return record ? QJsonDocument::fromJson(record->data).object() : QJsonObject();
}

QByteArray PatientHistory::forPatient(const QString &nameId)
{
    QList<QJsonObject> dispensings;
    for (const StoredRecord &record : m_records.linkedTo(QStringLiteral("transact"), nameId)) {
        const QJsonObject transact = QJsonDocument::fromJson(record.data).object();
        const QString status = text(transact, u"status");
        if (text(transact, u"type") == u"ci" && (status == u"cn" || status == u"fn"))
            dispensings.append(transact);
    }
    std::stable_sort(
        dispensings.begin(), dispensings.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return text(a, u"confirm_date").left(10) < text(b, u"confirm_date").left(10);
        });
    QJsonArray history;
    for (const QJsonObject &transact : dispensings)
        history.append(dispensing(transact));
    return QJsonDocument(history).toJson(QJsonDocument::Compact);
}

QJsonObject PatientHistory::dispensing(const QJsonObject &transact)
{
    QJsonObject entry;
    entry.insert(QStringLiteral("confirm_date"), text(transact, u"confirm_date").left(10));
    const QJsonObject store = dataOf(QStringLiteral("store"), text(transact, u"store_ID"));
    QString storeName = text(store, u"name");
    if (storeName.isEmpty())
        storeName = text(dataOf(QStringLiteral("name"), text(store, u"name_ID")), u"name");
    entry.insert(QStringLiteral("store"), QJsonObject{{QStringLiteral("name"), storeName}});
    const QJsonObject prescriber
        = dataOf(QStringLiteral("clinician"), text(transact, u"prescriber_ID"));
    if (!prescriber.isEmpty())
        entry.insert(QStringLiteral("clinician"), person(prescriber));
    QJsonArray lines;
    for (const StoredRecord &line :
         m_records.linkedTo(QStringLiteral("trans_line"), text(transact, u"ID")))
        lines.append(transLine(QJsonDocument::fromJson(line.data).object()));
    entry.insert(QStringLiteral("transLines"), lines);
    return entry;
}

QJsonObject PatientHistory::transLine(const QJsonObject &line)
{
    QJsonObject out{{QStringLiteral("ID"), text(line, u"ID")},
                    {QStringLiteral("quantity"), number(line, u"quantity")},
                    {QStringLiteral("item_name"), text(line, u"item_name")}};
    const QJsonObject administrator
        = dataOf(QStringLiteral("clinician"), text(line, u"medicine_administrator_ID"));
    if (!administrator.isEmpty())
        out.insert(QStringLiteral("medicineAdministrator"), person(administrator));
    QString itemId
        = text(dataOf(QStringLiteral("item_line"), text(line, u"item_line_ID")), u"item_ID");
    if (itemId.isEmpty())
        itemId = text(line, u"item_ID");
    const QJsonObject item = dataOf(QStringLiteral("item"), itemId);
    if (item.isEmpty()) {
        out.insert(QStringLiteral("itemLine"), QJsonValue::Null);
    } else {
        const QJsonObject summary{{QStringLiteral("code"), text(item, u"code")},
                                  {QStringLiteral("doses"), number(item, u"doses")},
                                  {QStringLiteral("is_vaccine"), boolean(item, u"is_vaccine")}};
        out.insert(QStringLiteral("itemLine"), QJsonObject{{QStringLiteral("item"), summary}});
    }
    return out;
}

} // namespace primary
