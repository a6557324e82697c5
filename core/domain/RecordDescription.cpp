#include "RecordDescription.h"

#include "RecordFields.h"
#include "store/LocalStore.h"

namespace satellite {

QString RecordDescription::field(const QString &type, const QString &id, const QString &name)
{
    const auto record = id.isEmpty() ? std::nullopt : m_store.queries.find(type, id);
    return record ? RecordFields(record->data).text(name) : QString();
}

QString RecordDescription::invoice(const QString &id)
{
    const auto record = m_store.queries.find(QStringLiteral("transact"), id);
    if (!record)
        return {};
    const RecordFields fields(record->data);
    const QString number = fields.text(QStringLiteral("invoice_num"));
    const QString type = fields.text(QStringLiteral("type"));
    const QString other = field(QStringLiteral("name"), fields.text(QStringLiteral("name_ID")),
                                QStringLiteral("name"));
    if (type == u"ci" && fields.text(QStringLiteral("mode")) == u"dispensary")
        return other.isEmpty() ? tr("prescription %1").arg(number)
                               : tr("prescription %1 for %2").arg(number, other);
    if (type == u"si")
        return other.isEmpty() ? tr("supplier invoice %1").arg(number)
                               : tr("supplier invoice %1 from %2").arg(number, other);
    if (type == u"in")
        return tr("inventory adjustment %1").arg(number);
    if (type == u"ci")
        return other.isEmpty() ? tr("customer invoice %1").arg(number)
                               : tr("customer invoice %1 to %2").arg(number, other);
    return tr("invoice %1").arg(number);
}

QString RecordDescription::describe(const QString &type, const QString &id)
{
    QString words;
    if (type == u"transact") {
        words = invoice(id);
    } else if (type == u"trans_line") {
        const QString item = field(type, id, QStringLiteral("item_name"));
        const QString on = invoice(field(type, id, QStringLiteral("transaction_ID")));
        if (!item.isEmpty())
            words = on.isEmpty() ? tr("the line of %1").arg(item)
                                 : tr("the line of %1 on %2").arg(item, on);
    } else if (type == u"name") {
        const QString name = field(type, id, QStringLiteral("name"));
        const QString code = field(type, id, QStringLiteral("code"));
        if (!name.isEmpty()) {
            const bool patient = field(type, id, QStringLiteral("type")) == u"patient";
            words = patient ? (code.isEmpty() ? tr("patient %1").arg(name)
                                              : tr("patient %1 (%2)").arg(name, code))
                            : tr("%1 (customer or supplier)").arg(name);
        }
    } else if (type == u"name_store_join") {
        const QString name
            = field(QStringLiteral("name"), field(type, id, QStringLiteral("name_ID")),
                    QStringLiteral("name"));
        if (!name.isEmpty())
            words = tr("%1 made visible in this store").arg(name);
    } else if (type == u"item") {
        const QString name = field(type, id, QStringLiteral("item_name"));
        if (!name.isEmpty())
            words = tr("item %1").arg(name);
    } else if (type == u"item_line") {
        const QString batch = field(type, id, QStringLiteral("batch"));
        const QString item
            = field(QStringLiteral("item"), field(type, id, QStringLiteral("item_ID")),
                    QStringLiteral("item_name"));
        if (!item.isEmpty())
            words = tr("batch %1 of %2").arg(batch, item);
    }
    return words.isEmpty() ? tr("a %1 record (ID %2)").arg(type, id) : words;
}

} // namespace satellite
