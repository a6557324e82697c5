// What the packages say about the release agrees with the project: the
// metainfo's newest release and the Debian changelog's top entry are this
// version (a version bump without release notes fails), and every screenshot
// the metainfo shows is one the repository has.

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

namespace {

QString sourceFile(const QString &path)
{
    QFile file(QStringLiteral(SATELLITE_SOURCE_DIR "/") + path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

const QString metainfoPath = QStringLiteral("packaging/nz.org.msupply.satellite.metainfo.xml.in");

} // namespace

class TestReleaseFiles : public QObject
{
    Q_OBJECT

private slots:
    void metainfoNamesThisRelease()
    {
        const QString metainfo = sourceFile(metainfoPath);
        static const QRegularExpression release(
            QStringLiteral("<release version=\"([^\"]+)\" date=\"(\\d{4}-\\d{2}-\\d{2})\""));
        const auto newest = release.match(metainfo);
        QVERIFY2(newest.hasMatch(), "the metainfo has no release");
        QCOMPARE(newest.captured(1), QStringLiteral(SATELLITE_PROJECT_VERSION));
    }

    void debianChangelogNamesThisRelease()
    {
        const QString changelog = sourceFile(QStringLiteral("packaging/debian/changelog"));
        const QString top = changelog.section(u'\n', 0, 0);
        QCOMPARE(
            top,
            QStringLiteral("satellite (" SATELLITE_PROJECT_VERSION "-1) unstable; urgency=medium"));
    }

    void everyScreenshotShownExists()
    {
        const QString metainfo = sourceFile(metainfoPath);
        static const QRegularExpression image(
            QStringLiteral("<image>@SATELLITE_SCREENSHOTS_URL@/([^<]+)</image>"));
        int shown = 0;
        for (const auto &match : image.globalMatch(metainfo)) {
            ++shown;
            const QString path
                = QStringLiteral(SATELLITE_SOURCE_DIR "/docs/screenshots/") + match.captured(1);
            QVERIFY2(QFileInfo(path).isFile(), qPrintable(path + QStringLiteral(" is missing")));
        }
        QVERIFY(shown >= 3);
        QCOMPARE(metainfo.count(QStringLiteral("<image")), shown); // none from elsewhere
    }
};

QTEST_GUILESS_MAIN(TestReleaseFiles)
#include "tst_release_files.moc"
