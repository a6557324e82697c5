// Process-wide SQLite settings are in force once a program opens its first
// database.

#include "store/Database.h"
#include "store/SqlStatement.h"

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
};

QTEST_GUILESS_MAIN(TestSqliteLibrary)
#include "tst_sqlitelibrary.moc"
