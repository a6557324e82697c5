#include "DemoWorld.h"

#include <QTest>

class TestDemoWorld : public QObject {
    Q_OBJECT
private slots:
    void parsesSizes()
    {
        QCOMPARE(primary::parseDemoSize(u"large"), primary::DemoSize::Large);
        QVERIFY(!primary::parseDemoSize(u"huge"));
    }
};

QTEST_GUILESS_MAIN(TestDemoWorld)
#include "tst_demoworld.moc"
