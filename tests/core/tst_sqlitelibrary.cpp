// Process-wide SQLite settings are in force once a program opens its first
// database.

#include "sqlite/SqliteLibrary.h"
#include "store/Database.h"
#include "store/SqlStatement.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace satellite;

class TestSqliteLibrary : public QObject
{
    Q_OBJECT

private slots:
    void allocationsAreNotCounted()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("counted.sqlite")), QStringLiteral("counted"));
        db.exec("CREATE TABLE t (x BLOB)");
        SqlStatement insert(db.handle(), "INSERT INTO t VALUES (randomblob(100000))");
        insert.run();
        // With the count on, SQLite would hold its page cache and statements
        // in this figure: hundreds of kilobytes.
        QCOMPARE(sqlite3_memory_used(), sqlite3_int64(0));
    }

    void theDriverRunsOnTheLibraryWeLink()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("same.sqlite")), QStringLiteral("same"));
        // Debian's Qt driver links the system's libsqlite3, as this program does.
        QCOMPARE(SqliteLibrary::driverLibraryProblem(), QString());
        // What the driver calls is what we call: a statement made through
        // Qt is seen by our library's connection.
        QSqlQuery(QSqlDatabase::database(QStringLiteral("same")))
            .exec(QStringLiteral("CREATE TABLE through_qt (x)"));
        SqlStatement seen(db.handle(),
                          "SELECT count(*) FROM sqlite_master WHERE name = 'through_qt'");
        QVERIFY(seen.step());
        QCOMPARE(seen.integer(0), 1);
    }
};

QTEST_GUILESS_MAIN(TestSqliteLibrary)
#include "tst_sqlitelibrary.moc"
