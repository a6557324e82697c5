#include "json/JsonScanner.h"
#include <QTest>

using satellite::JsonScanner;

class TestJsonScanner : public QObject
{
    Q_OBJECT
private slots:
    void validity_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("valid");
        QTest::newRow("object") << QByteArray("{\"a\": [1, -2.5e3, true, false, null, \"x\"]}")
                                << true;
        QTest::newRow("nested") << QByteArray("[[[{\"k\": {}}]], []]") << true;
        QTest::newRow("escapes") << QByteArray("\"a\\\"b\\\\c\\/\\n\\u00e9\"") << true;
        QTest::newRow("whitespace around") << QByteArray(" \n{} \t") << true;
        QTest::newRow("empty") << QByteArray("") << false;
        QTest::newRow("trailing comma") << QByteArray("[1, 2,]") << false;
        QTest::newRow("unquoted key") << QByteArray("{a: 1}") << false;
        QTest::newRow("single quotes") << QByteArray("['a']") << false;
        QTest::newRow("leading zero") << QByteArray("[01]") << false;
        QTest::newRow("bare dot") << QByteArray("[1.]") << false;
        QTest::newRow("bad escape") << QByteArray("\"\\x\"") << false;
        QTest::newRow("short unicode escape") << QByteArray("\"\\u12\"") << false;
        QTest::newRow("control character") << QByteArray("\"a\tb\"") << false;
        QTest::newRow("unterminated") << QByteArray("{\"a\": \"b") << false;
        QTest::newRow("two values") << QByteArray("{} {}") << false;
        QTest::newRow("truncated literal") << QByteArray("[tru]") << false;
        QTest::newRow("too deep") << QByteArray(200, '[') + QByteArray(200, ']') << false;
    }

    void validity()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, valid);
        JsonScanner scanner(json);
        QCOMPARE(scanner.isValid(), valid);
        QCOMPARE(scanner.errorString().isEmpty(), valid);
    }

    void arrayElementsAreRawSpans()
    {
        const QByteArray json = "[ {\"b\": 1,  \"a\": \"x\"} , 2.50, \"s\" ]";
        JsonScanner scanner(json);
        const auto elements = scanner.arrayElements();
        QVERIFY(elements);
        QCOMPARE(elements->size(), 3);
        QCOMPARE(elements->at(0), QByteArrayView("{\"b\": 1,  \"a\": \"x\"}"));
        QCOMPARE(elements->at(1), QByteArrayView("2.50"));
        QCOMPARE(elements->at(2), QByteArrayView("\"s\""));
    }

    void objectMembersKeepOrderAndBytes()
    {
        const QByteArray json
            = "{\"z\": {\"n\": [1, 2]}, \"a\\u0041\": \"v\\n\", \"m\": 0.166666666666667}";
        JsonScanner scanner(json);
        const auto members = scanner.objectMembers();
        QVERIFY(members);
        QCOMPARE(members->size(), 3);
        QCOMPARE(members->at(0).key, QStringLiteral("z"));
        QCOMPARE(members->at(0).raw, QByteArrayView("{\"n\": [1, 2]}"));
        QCOMPARE(members->at(1).key, QStringLiteral("aA"));
        QCOMPARE(members->at(2).raw, QByteArrayView("0.166666666666667"));
    }

    void notAnArrayOrObject()
    {
        JsonScanner scanner("{}");
        QVERIFY(!scanner.arrayElements());
        QVERIFY(scanner.errorString().contains(u"array"));
        JsonScanner other("[]");
        QVERIFY(!other.objectMembers());
        JsonScanner empty("[]");
        QCOMPARE(empty.arrayElements()->size(), 0);
    }

    void decodeAndQuoteRoundTrip()
    {
        const QString text = QStringLiteral("quote \" slash \\ tab \t newline \n é \u0001 😀");
        const QByteArray quoted = JsonScanner::quote(text);
        QVERIFY(JsonScanner(quoted).isValid());
        QCOMPARE(JsonScanner::decodeString(quoted), text);
        QCOMPARE(JsonScanner::decodeString("\"\\ud83d\\ude00\""), QStringLiteral("😀"));
        QVERIFY(!JsonScanner::decodeString("12"));
    }

    void loneSurrogates_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qsizetype>("at");
        QTest::newRow("none") << QByteArray("{\"a\": \"\\u00e9\\n\"}") << qsizetype(-1);
        QTest::newRow("a pair") << QByteArray("[\"\\ud83d\\ude00\"]") << qsizetype(-1);
        QTest::newRow("high alone") << QByteArray("[\"x\\ud83dy\"]") << qsizetype(3);
        QTest::newRow("high before another high")
            << QByteArray("[\"\\ud83d\\ud83d\\ude00\"]") << qsizetype(2);
        QTest::newRow("low alone") << QByteArray("{\"\\udc00\": 1}") << qsizetype(2);
        QTest::newRow("an escaped backslash, then text")
            << QByteArray("[\"\\\\ud800\"]") << qsizetype(-1);
        QTest::newRow("high at the end") << QByteArray("\"\\udbff\"") << qsizetype(1);
    }

    void loneSurrogates()
    {
        QFETCH(QByteArray, json);
        QFETCH(qsizetype, at);
        QVERIFY(JsonScanner(json).isValid());
        QCOMPARE(JsonScanner::loneSurrogateAt(json), at);
    }
};

QTEST_GUILESS_MAIN(TestJsonScanner)
#include "tst_jsonscanner.moc"
