#include "sync/SiteCredentials.h"

#include <QTest>

using satellite::SiteCredentials;

class TestSiteCredentials : public QObject
{
    Q_OBJECT
private slots:
    void hashIsLowercaseHexSha256()
    {
        QCOMPARE(
            SiteCredentials::hashPassword(QStringLiteral("pass")),
            QStringLiteral("d74ff0ee8da3b9806b18c877dbf29bbde50b5bd8e4dad7a3a725000feb82e8f1"));
    }

    void workedExampleOfProtocol()
    {
        // PROTOCOL.md §1: site mobile_site, password secret.
        const auto credentials = SiteCredentials::fromPassword(QStringLiteral("mobile_site"),
                                                               QStringLiteral("secret"));
        QCOMPARE(
            credentials.authorizationHeader(),
            QByteArrayLiteral("Basic bW9iaWxlX3NpdGU6MmJiODBkNTM3YjFkYTNlMzhiZDMwMzYxYWE4NTU2ODZi"
                              "ZGUwZWFjZDcxNjJmZWY2YTI1ZmU5N2JmNTI3YTI1Yg=="));
    }

    void hashesUtf8()
    {
        QCOMPARE(SiteCredentials::hashPassword(QStringLiteral("pässwörd")).size(), 64);
        QVERIFY(SiteCredentials::hashPassword(QStringLiteral("pässwörd"))
                != SiteCredentials::hashPassword(QStringLiteral("passwoerd")));
    }
};

QTEST_GUILESS_MAIN(TestSiteCredentials)
#include "tst_sitecredentials.moc"
