#include "FaultInjector.h"

#include <QTest>

using primary::FaultInjector;

class TestFaultInjector : public QObject
{
    Q_OBJECT
private slots:
    void refusesBadSettings_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not an object") << QByteArray("[1]");
        QTest::newRow("probability above 1") << QByteArray("{\"drop\": 1.5}");
        QTest::newRow("negative") << QByteArray("{\"stall\": -0.1}");
        QTest::newRow("string") << QByteArray("{\"garbage\": \"0.5\"}");
        QTest::newRow("sum above 1") << QByteArray("{\"drop\": 0.6, \"error500\": 0.6}");
        QTest::newRow("unknown fault") << QByteArray("{\"explode\": 0.1}");
        QTest::newRow("delay too long") << QByteArray("{\"delay_ms\": 600000}");
    }

    void refusesBadSettings()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!FaultInjector::parse(json, &error));
        QVERIFY(!error.isEmpty());
    }

    void drawsEveryKindInProportion()
    {
        QString error;
        const auto settings = FaultInjector::parse("{\"drop\":0.1,\"stall\":0.1,\"error500\":0.1,"
                                                   "\"truncate\":0.1,\"garbage\":0.1,\"seed\":7}",
                                                   &error);
        QVERIFY2(settings, qPrintable(error));
        FaultInjector injector;
        injector.configure(*settings);
        QMap<FaultInjector::Fault, int> counts;
        for (int i = 0; i < 10000; ++i)
            ++counts[injector.draw(QStringLiteral("/sync/v2/queued_records/"))];
        QCOMPARE(counts.size(), 6);
        QVERIFY(counts[FaultInjector::Fault::None] > 4000
                && counts[FaultInjector::Fault::None] < 6000);
        QVERIFY(counts[FaultInjector::Fault::Truncate] > 700
                && counts[FaultInjector::Fault::Truncate] < 1300);
    }

    void sameSeedSameFaults()
    {
        FaultInjector a;
        FaultInjector b;
        QString error;
        const auto settings = FaultInjector::parse("{\"drop\":0.5,\"seed\":42}", &error);
        a.configure(*settings);
        b.configure(*settings);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(a.draw(QStringLiteral("/x")), b.draw(QStringLiteral("/x")));
    }

    void onlyOnMatchingPaths()
    {
        QString error;
        const auto settings
            = FaultInjector::parse("{\"error500\": 1, \"path\": \"acknowledged\"}", &error);
        QVERIFY2(settings, qPrintable(error));
        FaultInjector injector;
        injector.configure(*settings);
        QCOMPARE(injector.draw(QStringLiteral("/sync/v2/site/")), FaultInjector::Fault::None);
        QCOMPARE(injector.draw(QStringLiteral("/sync/v2/acknowledged_records/")),
                 FaultInjector::Fault::Error500);
        QVERIFY(!FaultInjector::parse("{\"path\": 5}", &error));
    }

    void noFaultsByDefault()
    {
        FaultInjector injector;
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(injector.draw(QStringLiteral("/sync/v2/queued_records/")),
                     FaultInjector::Fault::None);
    }
};

QTEST_GUILESS_MAIN(TestFaultInjector)
#include "tst_faultinjector.moc"
