// The WAL is copied back into the database file on a thread of its own, one
// per file, and starts over even under a writer that never pauses.

#include "sqlite/WalCheckpointer.h"
#include "store/Database.h"
#include "store/SqlStatement.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace satellite;

namespace {

constexpr qint64 pageSize = 32768; // a new file's
constexpr int rowsPerPage = 4; // of 8,000 bytes

// About `pages` pages of new rows, in one transaction.
void writePages(Database &db, int pages)
{
    Transaction transaction(db);
    SqlStatement insert(db.handle(), "INSERT INTO filler (bytes) VALUES (randomblob(8000))");
    for (int row = 0; row < pages * rowsPerPage; ++row)
        insert.run();
    transaction.commit();
}

qint64 sizeOf(const QString &path)
{
    return QFileInfo(path).size();
}

} // namespace

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QString::fromUtf8(name)); }
    std::unique_ptr<Database> open(const QString &path, const char *connection)
    {
        auto db = std::make_unique<Database>(path, QString::fromUtf8(connection));
        db->exec("CREATE TABLE IF NOT EXISTS filler (bytes BLOB)");
        return db;
    }

private slots:
    void copiesTheWalOnItsOwnThread()
    {
        const QString file = path("copied.sqlite");
        auto db = open(file, "copied");
        const qint64 before = sizeOf(file);
        for (int commit = 0; commit < 12; ++commit)
            writePages(*db, 100);
        // SQLite's own checkpoints are off (the hook replaces them): the file
        // only grows when the checkpointer copies the WAL into it.
        QTRY_VERIFY(db->checkpointer().completed() > 0);
        QTRY_VERIFY(sizeOf(file) > before + 1000 * pageSize);
    }

    void theWalStartsOverUnderAWriterThatNeverPauses()
    {
        const QString file = path("restarted.sqlite");
        auto db = open(file, "restarted");
        // 12,000 frames in all, six times the size past which the WAL
        // starts over: without letWalRestart() the checkpointer never gets
        // to its end between two commits, and the WAL holds them all.
        for (int commit = 0; commit < 120; ++commit) {
            writePages(*db, 100);
            db->checkpointer().letWalRestart();
        }
        const qint64 frameSize = pageSize + 24;
        const qint64 walSize = sizeOf(file + QStringLiteral("-wal"));
        QVERIFY2(walSize < (WalCheckpointer::restartFrames + 400) * frameSize,
                 qPrintable(QStringLiteral("the WAL grew to %1 frames").arg(walSize / frameSize)));
        QCOMPARE(db->integrityCheck(), QStringLiteral("ok"));
    }

    void oneCheckpointerPerFileUntilItsLastConnectionCloses()
    {
        const QString file = path("shared.sqlite");
        auto first = open(file, "shared-1");
        auto second = open(file, "shared-2");
        auto other = open(path("other.sqlite"), "other");
        QCOMPARE(&first->checkpointer(), &second->checkpointer());
        QVERIFY(&first->checkpointer() != &other->checkpointer());
        writePages(*first, 1200);
        QTRY_VERIFY(second->checkpointer().completed() > 0);

        first.reset();
        writePages(*second, 10); // the checkpointer goes on for the other connection
        QVERIFY(QFileInfo::exists(file + QStringLiteral("-wal")));
        second.reset();
        // The checkpointer's own connection is closed too: the last one to
        // close copied the rest and removed the WAL.
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
        Database reopened(file, QStringLiteral("shared-3"));
        SqlStatement rows(reopened.handle(), "SELECT count(*) FROM filler");
        QVERIFY(rows.step());
        QCOMPARE(rows.integer(0), qint64(rowsPerPage * (1200 + 10)));
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
