#include "PatientSearch.h"

#include "ApiReply.h"
#include "LookupQuery.h"

#include <QDate>

namespace primary {

namespace {

// Columns of RecordLookup::rows() below.
enum Column { Type, First, Last, Code, Barcode, Birth, HealthNumber, Deleted };

bool isTrue(const QString &text)
{
    return text.compare(u"true", Qt::CaseInsensitive) == 0 || text == u"1";
}

} // namespace

http::HttpResponse PatientSearch::reply(const http::HttpRequest &request)
{
    LookupQuery query(request);
    QString error;
    if (!query.readPaging(&error))
        return ApiReply::error(400, error);
    const QString dobText = query.value(QStringLiteral("dob"));
    // A calendar day, compared with the day of date_of_birth: no time zone.
    const QDate dob = QDate::fromString(dobText, QStringLiteral("ddMMyyyy"));
    if (!dobText.isEmpty() && !dob.isValid())
        return ApiReply::error(
            400, QStringLiteral("dob must be a date as DDMMYYYY: \"%1\"").arg(dobText));
    const QString dobDay = dob.isValid() ? dob.toString(QStringLiteral("yyyy-MM-dd")) : QString();
    const QString deletedText = query.value(QStringLiteral("is_deleted")).toLower();
    if (!deletedText.isEmpty() && deletedText != u"true" && deletedText != u"false")
        return ApiReply::error(
            400, QStringLiteral("is_deleted must be true or false: \"%1\"").arg(deletedText));
    const auto first = query.pattern(QStringLiteral("first_name"));
    const auto last = query.pattern(QStringLiteral("last_name"));
    const auto barcode = query.pattern(QStringLiteral("barcode"));
    const auto policy = query.pattern(QStringLiteral("policy_number"));

    QList<RecordLookup::Row> matches;
    const QStringList columns = {QStringLiteral("type"),
                                 QStringLiteral("first"),
                                 QStringLiteral("last"),
                                 QStringLiteral("code"),
                                 QStringLiteral("barcode"),
                                 QStringLiteral("date_of_birth"),
                                 QStringLiteral("national_health_number"),
                                 QStringLiteral("is_deleted")};
    for (RecordLookup::Row &row : m_lookup.rows(QStringLiteral("name"), columns)) {
        const QStringList &v = row.values;
        if (v[Type] != u"patient")
            continue;
        if (!deletedText.isEmpty() && isTrue(v[Deleted]) != (deletedText == u"true"))
            continue;
        if (first && !first->matches(v[First]))
            continue;
        if (last && !last->matches(v[Last]))
            continue;
        // The code is what a patient card's barcode usually prints.
        if (barcode && !barcode->matches(v[Code]) && !barcode->matches(v[Barcode]))
            continue;
        if (policy && !policy->matches(v[HealthNumber]))
            continue;
        if (!dobDay.isEmpty() && v[Birth].left(10) != dobDay)
            continue;
        matches.append(std::move(row));
    }
    RecordLookup::sort(matches, {Last, First});
    const QStringList fields = {
        QStringLiteral("ID"),
        QStringLiteral("name"),
        QStringLiteral("code"),
        QStringLiteral("barcode"),
        QStringLiteral("phone"),
        QStringLiteral("bill_address1"),
        QStringLiteral("bill_address2"),
        QStringLiteral("bill_postal_zip_code"),
        QStringLiteral("email"),
        QStringLiteral("supplying_store_id"),
        QStringLiteral("first"),
        QStringLiteral("middle"),
        QStringLiteral("last"),
        QStringLiteral("date_of_birth"),
        QStringLiteral("female"),
        QStringLiteral("nationality_ID"),
        QStringLiteral("ethnicity_ID"),
        QStringLiteral("national_health_number"),
    };
    return ApiReply::ok(m_lookup.page(QStringLiteral("name"), matches, query.offset(),
                                      query.limit(), fields,
                                      ",\"nameInsuranceJoin\":[],\"nameNotes\":[]"));
}

} // namespace primary
