// How primary-sim stores a record as a real primary's typed table holds it
// (RecordFields, StoredValue): the rules one value at a time, and that a
// record stored once is stored again unchanged (a pull never retypes).

#include "RecordFields.h"
#include "StoredValue.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using primary::RecordFields;
using primary::StoredValue;
using satellite::JsonScanner;
using Kind = RecordFields::Kind;

namespace {

QByteArray stored(Kind kind, const QByteArray &raw)
{
    return StoredValue::typed(kind, raw).value_or(raw);
}

QByteArray complete(const QString &type, const QByteArray &data)
{
    JsonScanner scanner(data);
    const auto members = scanner.objectMembers();
    return members ? RecordFields::complete(type, QStringLiteral("X1"), data, *members)
                   : QByteArray();
}

} // namespace

class TestRecordFields : public QObject
{
    Q_OBJECT

private slots:
    void valuesAreStoredByType_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("expected");
        const auto row = [](const char *name, Kind kind, const char *raw, const char *expected) {
            QTest::newRow(name) << int(kind) << QByteArray(raw) << QByteArray(expected);
        };
        row("number as text", Kind::Number, "\"12.5\"", "\"12.5\"");
        row("JSON number", Kind::Number, "12.5", "\"12.5\"");
        row("String(null)", Kind::Number, "\"null\"", "\"0\"");
        row("String(undefined)", Kind::Number, "\"undefined\"", "\"0\"");
        row("empty number", Kind::Number, "\"\"", "\"0\"");
        row("NaN", Kind::Number, "\"nan\"", "\"0\"");
        row("spaced number", Kind::Number, "\" 7 \"", "\"7\"");
        row("null number", Kind::Number, "null", "\"0\"");
        row("true", Kind::Boolean, "true", "\"true\"");
        row("True", Kind::Boolean, "\"True\"", "\"true\"");
        row("yes is false", Kind::Boolean, "\"yes\"", "\"false\"");
        row("1 is false", Kind::Boolean, "1", "\"false\"");
        row("stored date", Kind::Date, "\"2021-07-30T00:00:00\"", "\"2021-07-30T00:00:00\"");
        row("typed date", Kind::Date, "\"2021-07-30\"", "\"2021-07-30T00:00:00\"");
        // mobile's moment().toISOString(): the day as written, never moved.
        row("UTC instant", Kind::Date, "\"2021-09-06T23:00:00.000Z\"", "\"2021-09-06T00:00:00\"");
        row("no date", Kind::Date, "\"0000-00-00\"", "\"0000-00-00T00:00:00\"");
        row("not a date", Kind::Date, "\"30/07/2021\"", "\"0000-00-00T00:00:00\"");
        row("February 30", Kind::Date, "\"2021-02-30T00:00:00\"", "\"0000-00-00T00:00:00\"");
        row("datetime kept", Kind::DateTime, "\"2021-07-30T10:11:12\"", "\"2021-07-30T10:11:12\"");
        row("empty datetime", Kind::DateTime, "\"\"", "\"\"");
        row("seconds", Kind::Time, "47046", "\"13:04:06\"");
        row("time", Kind::Time, "\"13:04:06\"", "\"13:04:06\"");
        row("short time", Kind::Time, "\"13:04\"", "\"13:04:00\"");
        row("bad time", Kind::Time, "\"later\"", "\"00:00:00\"");
        row("text", Kind::Text, "\"a \\\"b\\\"\"", "\"a \\\"b\\\"\"");
        row("number in text", Kind::Text, "42", "\"42\"");
        row("null text", Kind::Text, "null", "\"\"");
        row("JSON object", Kind::Json, "{\"a\":1}", "\"{\\\"a\\\":1}\"");
        row("object in text", Kind::Text, "[1,2]", "\"[1,2]\"");
        row("JSON text", Kind::Json, "\"{\\\"a\\\":1}\"", "\"{\\\"a\\\":1}\"");
        row("null JSON", Kind::Json, "null", "\"\"");
    }

    void valuesAreStoredByType()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, expected);
        QCOMPARE(stored(Kind(kind), raw), expected);
        QCOMPARE(stored(Kind(kind), expected), expected); // stored again: unchanged
    }

    void aRecordGetsItsTablesFieldsAndNames()
    {
        const QByteArray patient = complete(
            QStringLiteral("name"),
            "{\"id\":\"P1\",\"type\":\"patient\",\"female\":\"true\",\"charge code\":\"C\"}");
        const QJsonObject object = QJsonDocument::fromJson(patient).object();
        QCOMPARE(object.value(u"ID").toString(), QStringLiteral("P1"));
        QVERIFY(!object.contains(u"id"));
        QCOMPARE(object.value(u"charge code").toString(), QStringLiteral("C"));
        QVERIFY(object.value(u"date_of_birth").isString());
        QCOMPARE(object.value(u"isDeceased").toString(), QStringLiteral("false"));
        // What was sent comes first, in its order; the table's other fields follow.
        QVERIFY(patient.startsWith("{\"ID\":\"P1\",\"type\":\"patient\",\"female\":\"true\","
                                   "\"charge code\":\"C\","));
        // A record of no known table is kept as it came.
        const QByteArray odd = "{\"ID\":\"X1\",\"v\":1}";
        QCOMPARE(complete(QStringLiteral("spaceship"), odd), odd);
    }

    // Every real record, stored, is stored again byte for byte the same, and
    // has every field of its type.
    void storingIsIdempotentForEveryFixture()
    {
        int checked = 0;
        QDirIterator files(QStringLiteral(SATELLITE_FIXTURES_DIR), {QStringLiteral("*.json")},
                           QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString type = QFileInfo(file.fileName()).dir().dirName();
            const QByteArray once = complete(type, file.readAll());
            QVERIFY2(!once.isEmpty(), qPrintable(file.fileName()));
            QCOMPARE(complete(type, once), once);
            const RecordFields::Table *table = RecordFields::table(type);
            QVERIFY2(table, qPrintable(type));
            const QJsonObject object = QJsonDocument::fromJson(once).object();
            for (const RecordFields::Field &field : table->fields)
                QVERIFY2(object.contains(field.name), qPrintable(type + u'.' + field.name));
            ++checked;
        }
        QCOMPARE(checked, 187);
    }
};

QTEST_GUILESS_MAIN(TestRecordFields)
#include "tst_recordfields.moc"
