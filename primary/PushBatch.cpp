#include "PushBatch.h"

#include "ApiReply.h"
#include "JsonTextCheck.h"
#include "MergeReferences.h"
#include "RecordTypes.h"
#include "V2Codec.h"

#include <QJsonObject>

namespace primary {

namespace {

// A refused record's own words, safe to quote: lone surrogates become U+FFFD.
QString readable(QString text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (text[i].isSurrogate())
            text[i] = QChar::ReplacementCharacter;
    }
    return text;
}

} // namespace

http::HttpResponse PushBatch::apply(const QByteArray &body)
{
    JsonScanner scanner(body);
    const auto elements = scanner.arrayElements();
    if (!elements)
        return ApiReply::error(400,
                               QStringLiteral("the body must be a JSON array of records: ")
                                   + scanner.errorString());
    QList<IncomingRecord> records;
    QList<Name> names;
    for (qsizetype i = 0; i < elements->size(); ++i) {
        names.append(nameOf(elements->at(i)));
        QString problem;
        auto record = parse(elements->at(i), &problem);
        if (!record)
            return refuse(i, names.last(), {400, problem});
        names.last() = {record->recordType,
                        record->syncType == u"M" ? record->mergeRemoveId : record->recordId};
        records.append(std::move(*record));
    }

    Transaction transaction(m_context.db);
    SiteAuthority authority(m_context.records, m_site);
    for (qsizetype i = 0; i < records.size(); ++i) {
        const IncomingRecord &record = records.at(i);
        if (record.syncType == u"M") {
            if (const auto refusal = checkMerge(record, authority))
                return refuse(i, names.at(i), *refusal);
        } else if (const QString reason = authority.refusalBefore(record); !reason.isEmpty()) {
            return refuse(i, names.at(i), {403, reason});
        }
        m_context.applier.apply(record, m_site.siteId, RecordApplier::FanOut::OtherSites);
    }
    // What the push left (a line's parent may have come after it), from the
    // end: a record's last change is the one to blame.
    for (qsizetype i = records.size() - 1; i >= 0; --i) {
        if (const QString reason = authority.refusalAfter(records.at(i)); !reason.isEmpty())
            return refuse(i, names.at(i), {403, reason});
    }
    transaction.commit();
    m_context.stats.recordsReceived += records.size();
    return ApiReply::ok();
}

std::optional<IncomingRecord> PushBatch::parse(QByteArrayView element, QString *problem)
{
    // Before anything reads it: no bad text reaches the codecs or the database.
    *problem = JsonTextCheck::problem(element);
    if (!problem->isEmpty())
        return std::nullopt;
    auto record
        = m_version == 1 ? m_context.v1.parse(element, problem) : V2Codec::parse(element, problem);
    if (!record)
        return std::nullopt;
    if (!RecordTypes::isKnown(record->recordType)) {
        *problem = QStringLiteral("unknown RecordType \"%1\"").arg(record->recordType);
        return std::nullopt;
    }
    if (record->syncType == u"M") {
        *problem = MergeReferences::problem(record->recordType, record->mergeKeepId,
                                            record->mergeRemoveId);
        if (!problem->isEmpty())
            return std::nullopt;
    }
    return record;
}

std::optional<PushBatch::Refusal> PushBatch::checkMerge(const IncomingRecord &record,
                                                        SiteAuthority &authority)
{
    // Reference data is refused before anything is looked up.
    if (!SiteAuthority::mayMergeType(record.recordType))
        return Refusal{403, authority.refusalOfMerge(record)};
    for (const QString &id : {record.mergeKeepId, record.mergeRemoveId}) {
        if (!m_context.records.find(record.recordType, id))
            return Refusal{400,
                           QStringLiteral("%1 %2 is not on the primary: the merge cannot be done")
                               .arg(record.recordType, id)};
    }
    if (const QString reason = authority.refusalOfMerge(record); !reason.isEmpty())
        return Refusal{403, reason};
    return std::nullopt;
}

PushBatch::Name PushBatch::nameOf(QByteArrayView element)
{
    JsonScanner scanner(element);
    const auto members = scanner.objectMembers();
    if (!members)
        return {};
    Name name;
    name.type = RecordStore::memberText(*members, u"RecordType");
    if (m_version == 1) {
        bool ok = false;
        const int table = RecordStore::memberText(*members, u"TableNumber").toInt(&ok);
        if (ok)
            name.type = m_context.schema.typeOfTable(table).value_or(QString());
    }
    name.id = RecordStore::memberText(*members, u"RecordID");
    if (name.id.isEmpty())
        name.id = RecordStore::memberText(*members, u"mergeIDtodelete");
    for (const JsonScanner::Member &member : *members) {
        if (!name.id.isEmpty())
            break;
        if (member.key != u"Data" && member.key != u"data")
            continue;
        JsonScanner data(member.raw);
        name.id = RecordStore::memberText(
            data.objectMembers().value_or(QList<JsonScanner::Member>()), u"ID");
    }
    name.type = readable(name.type);
    name.id = readable(name.id);
    return name;
}

http::HttpResponse PushBatch::refuse(qsizetype index, const Name &name, const Refusal &refusal)
{
    const QString who = QStringList{name.type, name.id}.join(u' ').trimmed();
    const QString what = who.isEmpty() ? QStringLiteral("record %1").arg(index)
                                       : QStringLiteral("record %1 (%2)").arg(index).arg(who);
    return ApiReply::detailedError(
        refusal.status,
        refusal.status == 403 ? QStringLiteral("forbidden_record")
                              : QStringLiteral("invalid_record"),
        QStringLiteral("%1 was refused: %2; nothing was applied").arg(what, refusal.reason),
        QJsonObject{{QStringLiteral("index"), int(index)},
                    {QStringLiteral("RecordType"), name.type},
                    {QStringLiteral("RecordID"), name.id}});
}

} // namespace primary
