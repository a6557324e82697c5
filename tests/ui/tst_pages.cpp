// The data pages of the main window (Stock, Patients, Invoices, Items,
// Names) on the demo world of a real primary-sim, synced over loopback, under
// QT_QPA_PLATFORM=offscreen. With SATELLITE_SCREENSHOTS=DIR it also saves
// their screenshots.

#include "AppLanguage.h"
#include "PrimarySimProcess.h"
#include "SatelliteCli.h"
#include "TranslationCatalog.h"
#include "domain/Batch.h"
#include "domain/Dispensing.h"
#include "domain/RecordFields.h"
#include "domain/WorkContext.h"
#include "domain/WorkLookups.h"
#include "models/QueryTableModel.h"
#include "models/RecordViews.h"
#include "pages/InvoicesPage.h"
#include "pages/StockPage.h"
#include "stock/ExpiryChart.h"
#include "stock/ItemConsumption.h"
#include "store/LocalStore.h"
#include "store/SqlStatement.h"
#include "sync/SyncController.h"
#include "widgets/RecordPage.h"
#include "windows/MainWindow.h"
#include "work/PatientHistoryModel.h"
#include "work/PatientHistoryPane.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace satellite;
using namespace satellite::ui;

class TestPages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PrimarySimProcess m_primary;
    QString m_synced; // a database synced with demo-clinic

    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        const QString directory = qEnvironmentVariable("SATELLITE_SCREENSHOTS");
        if (directory.isEmpty())
            return;
        QTest::qWait(200);
        QVERIFY(widget->grab().save(directory + u'/' + name + QStringLiteral(".png")));
    }

    // Every row of a page, loaded.
    static void loadAll(QueryTableModel *model)
    {
        while (model->canFetchMore({}))
            model->fetchMore({});
    }

    static int columnOf(QAbstractItemModel *model, const QString &header)
    {
        for (int column = 0; column < model->columnCount(); ++column) {
            if (model->headerData(column, Qt::Horizontal).toString() == header)
                return column;
        }
        return -1;
    }

    static QString textAt(QAbstractItemModel *model, int row, int column)
    {
        return model->data(model->index(row, column)).toString();
    }

    static double numberAt(QAbstractItemModel *model, int row, int column)
    {
        return QLocale().toDouble(textAt(model, row, column));
    }

    // The domain's figures of an item: units on hand, and free to issue today.
    struct Stock
    {
        double onHand = 0;
        double available = 0;
        bool expired = false; // a batch with stock has expired
    };
    static Stock stockOf(LocalStore &store, const QString &itemId)
    {
        const WorkContext context = WorkContext::fromSettings(store.settings);
        Stock stock;
        for (const Batch &batch : WorkLookups(store, context).batches(itemId)) {
            stock.onHand += batch.onHandUnits();
            stock.available += batch.freeUnits(context.today());
            stock.expired = stock.expired || (batch.onHand > 0 && batch.isExpired(context.today()));
        }
        return stock;
    }

    static qint64 count(const QString &databasePath, const char *sql)
    {
        LocalStore store(databasePath, QStringLiteral("count"));
        SqlStatement query(store.db.handle(), sql);
        return query.step() ? query.integer(0) : -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("satellite-tests"));
        // As the app starts in English: with its plural forms ("95 rows").
        satellite::ui::AppLanguage::install(qApp, QLocale()); // the locale stays as it is
        qputenv("SATELLITE_NO_KEYCHAIN", "1");
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(m_dir.isValid());
        QVERIFY(m_primary.start({QStringLiteral("--demo"), QStringLiteral("small")}));
        m_synced = m_dir.filePath(QStringLiteral("synced.sqlite"));
        SatelliteCli cli(m_synced);
        const auto login = cli.login(m_primary.url().toString(), QStringLiteral("demo-clinic"),
                                     QStringLiteral("demo"));
        QVERIFY2(login.exitCode == 0, login.err.constData());
    }

    // Available leaves out expired and held batches, as Dispense does; on
    // hand counts them. The expiry says it in words, with an icon.
    void expiredStockIsNotAvailable()
    {
        SyncController controller(m_synced);
        MainWindow window(m_synced, &controller);
        auto *stock = qobject_cast<StockPage *>(window.page(QStringLiteral("Stock")));
        QVERIFY(stock);
        stock->setFilter({ScreenQueries::StockFilter::Show::All, 3, {}});
        QueryTableModel *model = stock->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        loadAll(model);
        const int onHand = columnOf(model, RecordViews::tr("On hand (units)"));
        const int available = columnOf(model, RecordViews::tr("Available (units)"));
        const int expiry = columnOf(model, RecordViews::tr("Nearest expiry"));
        QVERIFY(onHand >= 0 && available >= 0 && expiry >= 0);
        // The header says what each counts.
        QVERIFY(model->headerData(available, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(u"not expired"));
        LocalStore store(m_synced, QStringLiteral("check"));
        int expiredItems = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const Stock domain = stockOf(store, model->idAt(row));
            QCOMPARE(numberAt(model, row, onHand), domain.onHand);
            QCOMPARE(numberAt(model, row, available), domain.available);
            const QString words = textAt(model, row, expiry);
            const QVariant icon = model->data(model->index(row, expiry), Qt::DecorationRole);
            if (words.startsWith(u"Expired")) {
                QVERIFY(domain.expired);
                QVERIFY(!icon.value<QIcon>().isNull());
                QVERIFY(domain.available < domain.onHand);
                ++expiredItems;
            } else if (words.contains(u"expires in")) {
                QVERIFY(!icon.value<QIcon>().isNull());
            }
        }
        QVERIFY2(expiredItems > 0, "the demo world has expired stock");
    }

    void stockFiltersAndOrders()
    {
        SyncController controller(m_synced);
        MainWindow window(m_synced, &controller);
        auto *stock = qobject_cast<StockPage *>(window.page(QStringLiteral("Stock")));
        QVERIFY(stock);
        QueryTableModel *model = stock->model();
        const int onHand = columnOf(model, RecordViews::tr("On hand (units)"));
        const int expiry = columnOf(model, RecordViews::tr("Nearest expiry"));
        const qint64 items = count(m_synced, "SELECT count(*) FROM record WHERE type = 'item'");
        // In stock only, at first.
        QCOMPARE(stock->filter().show, ScreenQueries::StockFilter::Show::InStock);
        loadAll(model);
        QVERIFY(model->totalRows() > 0 && model->totalRows() < items);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(numberAt(model, row, onHand) > 0);
        const qint64 inStock = model->totalRows();

        // Out of stock: the others.
        stock->showFilter()->setCurrentIndex(
            stock->showFilter()->findData(int(ScreenQueries::StockFilter::Show::OutOfStock)));
        loadAll(model);
        QCOMPARE(model->totalRows(), items - inStock);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(numberAt(model, row, onHand), 0.0);

        // Expired: each has an expired batch with stock.
        LocalStore store(m_synced, QStringLiteral("check"));
        stock->showFilter()->setCurrentIndex(
            stock->showFilter()->findData(int(ScreenQueries::StockFilter::Show::Expired)));
        loadAll(model);
        QVERIFY(model->totalRows() > 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(stockOf(store, model->idAt(row)).expired);

        // Expiring within N months: more months, more items, none expired yet.
        stock->showFilter()->setCurrentIndex(
            stock->showFilter()->findData(int(ScreenQueries::StockFilter::Show::ExpiringSoon)));
        QVERIFY(stock->monthsField()->isEnabled());
        stock->monthsField()->setValue(1);
        const qint64 withinOne = model->totalRows();
        stock->monthsField()->setValue(24);
        const qint64 withinTwoYears = model->totalRows();
        QVERIFY(withinOne < withinTwoYears);
        const QDate limit = QDate::currentDate().addMonths(24);
        const WorkContext context = WorkContext::fromSettings(store.settings);
        loadAll(model);
        for (int row = 0; row < model->rowCount(); ++row) {
            bool soon = false;
            for (const Batch &batch : WorkLookups(store, context).batches(model->idAt(row))) {
                soon = soon
                    || (batch.onHand > 0 && batch.expiry.isValid()
                        && !batch.isExpired(context.today()) && batch.expiry < limit);
            }
            QVERIFY(soon);
        }

        // Sorted by expiry, all items: those without stock last, either way.
        stock->showFilter()->setCurrentIndex(
            stock->showFilter()->findData(int(ScreenQueries::StockFilter::Show::All)));
        QCOMPARE(model->totalRows(), items);
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            stock->table()->sortByColumn(expiry, order);
            loadAll(model);
            bool stockless = false;
            for (int row = 0; row < model->rowCount(); ++row) {
                const bool none = textAt(model, row, expiry).isEmpty();
                QVERIFY2(!stockless || none, qPrintable(textAt(model, row, 0)));
                stockless = stockless || none;
            }
            QVERIFY(stockless);
        }
    }

    // The chart's months hold the units of the batches that expire in them;
    // a month clicked lists the items expiring then.
    void expiryChartCountsAndFilters()
    {
        SyncController controller(m_synced);
        MainWindow window(m_synced, &controller);
        auto *stock = qobject_cast<StockPage *>(window.page(QStringLiteral("Stock")));
        QVERIFY(stock);
        ExpiryChart *chart = stock->expiryChart();
        QCOMPARE(chart->months().size(), ExpiryChart::monthsShown);
        LocalStore store(m_synced, QStringLiteral("check"));
        const WorkContext context = WorkContext::fromSettings(store.settings);
        const QDate today = context.today();
        QList<double> expected(ExpiryChart::monthsShown, 0.0);
        for (const WorkLookups::Item &item : WorkLookups(store, context).items()) {
            for (const Batch &batch : WorkLookups(store, context).batches(item.id)) {
                if (batch.onHand <= 0 || !batch.expiry.isValid() || batch.expiry < today)
                    continue;
                const int at = (batch.expiry.year() - today.year()) * 12 + batch.expiry.month()
                    - today.month();
                if (at < ExpiryChart::monthsShown)
                    expected[at] += batch.onHandUnits();
            }
        }
        int busiest = 0;
        for (int at = 0; at < ExpiryChart::monthsShown; ++at) {
            QCOMPARE(chart->months().at(at).units, expected.at(at));
            if (expected.at(at) > expected.at(busiest))
                busiest = at;
        }
        QVERIFY(expected.at(busiest) > 0);
        QCOMPARE(chart->currency(), QStringLiteral("USD"));
        QVERIFY(chart->months().at(busiest).value > 0);
        QVERIFY(chart->summaryText().contains(u"USD"));
        // Clicked: the items with a batch expiring that month, no other.
        QBarSeries *series = chart->series();
        emit series->clicked(busiest, series->barSets().first());
        QCOMPARE(stock->filter().show, ScreenQueries::StockFilter::Show::ExpiringInMonth);
        QVERIFY(stock->showFilter()->currentText().contains(
            QString::number(chart->months().at(busiest).first.year())));
        QueryTableModel *model = stock->model();
        loadAll(model);
        QVERIFY(model->totalRows() > 0);
        double listed = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            bool then = false;
            for (const Batch &batch : WorkLookups(store, context).batches(model->idAt(row))) {
                const bool inMonth = batch.onHand > 0 && batch.expiry.isValid()
                    && batch.expiry >= today
                    && batch.expiry.year() == chart->months().at(busiest).first.year()
                    && batch.expiry.month() == chart->months().at(busiest).first.month();
                then = then || inMonth;
                listed += inMonth ? batch.onHandUnits() : 0;
            }
            QVERIFY(then);
        }
        QCOMPARE(listed, expected.at(busiest));
        // Another filter chosen, then the month's entry again: the same month.
        const qint64 inMonth = model->totalRows();
        stock->showFilter()->setCurrentIndex(
            stock->showFilter()->findData(int(ScreenQueries::StockFilter::Show::InStock)));
        QCOMPARE(stock->filter().show, ScreenQueries::StockFilter::Show::InStock);
        stock->showFilter()->setCurrentIndex(
            stock->showFilter()->findData(int(ScreenQueries::StockFilter::Show::ExpiringInMonth)));
        QCOMPARE(stock->filter().month, chart->months().at(busiest).first);
        QCOMPARE(model->totalRows(), inMonth);
        // This month: what expires from today on, as the chart counts it.
        emit series->clicked(0, series->barSets().first());
        loadAll(model);
        for (int row = 0; row < model->rowCount(); ++row) {
            bool then = false;
            for (const Batch &batch : WorkLookups(store, context).batches(model->idAt(row))) {
                then = then
                    || (batch.onHand > 0 && batch.expiry >= today
                        && batch.expiry < chart->months().at(0).first.addMonths(1));
            }
            QVERIFY(then);
        }
    }

    // An item's use per month, and the months its available stock lasts at that rate.
    void consumptionFollowsDispensing()
    {
        const QString path = m_dir.filePath(QStringLiteral("consumption.sqlite"));
        QVERIFY(QFile::copy(m_synced, path));
        LocalStore store(path, QStringLiteral("check"));
        const WorkContext context = WorkContext::fromSettings(store.settings);
        WorkLookups lookups(store, context);
        QString itemId;
        for (const WorkLookups::Item &item : lookups.items()) {
            if (stockOf(store, item.id).available >= 50) {
                itemId = item.id;
                break;
            }
        }
        QVERIFY(!itemId.isEmpty());
        ItemConsumption before(store.db);
        before.showItem(itemId, stockOf(store, itemId).available);
        QVERIFY(before.isReading());
        QTRY_VERIFY(!before.isReading());
        Dispensing::Request request;
        request.patientId
            = store.queries.ofKind(QStringLiteral("name"), QStringLiteral("patient")).first().id;
        request.prescriberId = lookups.prescribers().first().id;
        request.lines = {Dispensing::Line{itemId, 12, QString(), QStringLiteral("as directed")}};
        Dispensing(store, context).save(request);

        SyncController controller(path);
        MainWindow window(path, &controller);
        auto *stock = qobject_cast<StockPage *>(window.page(QStringLiteral("Stock")));
        QVERIFY(stock);
        stock->setFilter({ScreenQueries::StockFilter::Show::All, 3, {}});
        QVERIFY(stock->selectId(itemId));
        ItemConsumption *shown = stock->consumption();
        QCOMPARE(shown->itemId(), itemId);
        QTRY_VERIFY(!shown->isReading());
        QCOMPARE(shown->unitsPerMonth().size(), ItemConsumption::monthsShown);
        QCOMPARE(shown->unitsPerMonth().last(), before.unitsPerMonth().last() + 12);
        for (int at = 0; at + 1 < ItemConsumption::monthsShown; ++at)
            QCOMPARE(shown->unitsPerMonth().at(at), before.unitsPerMonth().at(at));
        double used = 0;
        for (const double units : shown->unitsPerMonth())
            used += units;
        const double available = stockOf(store, itemId).available;
        QVERIFY(qAbs(shown->monthsLeft() - available / (used / 12)) < 1e-9);
        QVERIFY(shown->summaryLabel()->text().contains(u"month"));
        // No row: nothing shown.
        stock->search(QStringLiteral("zzzz-nothing"));
        QVERIFY(shown->itemId().isEmpty());
        QCOMPARE(shown->monthsLeft(), -1.0);
    }

    void batchesAreSortedByExpiry()
    {
        LocalStore store(m_synced, QStringLiteral("check"));
        const WorkContext context = WorkContext::fromSettings(store.settings);
        int checked = 0;
        for (const WorkLookups::Item &item : WorkLookups(store, context).items()) {
            const QList<Batch> batches = WorkLookups(store, context).batches(item.id);
            if (batches.size() < 2)
                continue;
            QueryTableModel model(store.db, RecordViews::batches(item.id));
            QCOMPARE(model.rowCount(), int(batches.size()));
            QDate previous;
            bool undated = false;
            for (int row = 0; row < model.rowCount(); ++row) {
                const auto batch
                    = std::find_if(batches.begin(), batches.end(),
                                   [&](const Batch &b) { return b.id == model.idAt(row); });
                QVERIFY(batch != batches.end());
                QVERIFY(!undated || !batch->expiry.isValid()); // no expiry last
                undated = !batch->expiry.isValid();
                if (batch->expiry.isValid()) {
                    QVERIFY(!previous.isValid() || previous <= batch->expiry);
                    previous = batch->expiry;
                }
            }
            ++checked;
        }
        QVERIFY(checked > 0);
    }

    // A search that hides the selected row takes its details with it; one
    // that keeps it keeps them.
    void detailsFollowTheSelection()
    {
        SyncController controller(m_synced);
        MainWindow window(m_synced, &controller);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        RecordPage *stock = window.page(QStringLiteral("Stock"));
        QueryTableModel *model = stock->model();
        QVERIFY(model->rowCount() > 2);
        stock->table()->setCurrentIndex(model->index(1, 0));
        const QString item = stock->currentId();
        const QString code = textAt(model, 1, 1);
        QVERIFY(stock->detailsModel()->rowCount() > 0);
        QList<QString> batchIds;
        for (int row = 0; row < stock->detailsModel()->rowCount(); ++row)
            batchIds.append(stock->detailsModel()->index(row, 0).data(Qt::UserRole).toString());
        // Another order: the same item, where it now is, and its batches.
        stock->table()->sortByColumn(1, Qt::DescendingOrder);
        QCOMPARE(stock->currentId(), item);
        QVERIFY(stock->table()->currentIndex().row() != 1);
        QCOMPARE(stock->detailsModel()->rowCount(), int(batchIds.size()));
        stock->search(code); // still listed: still selected, same batches
        QCOMPARE(stock->currentId(), item);
        QCOMPARE(stock->detailsModel()->rowCount(), int(batchIds.size()));
        QCOMPARE(stock->detailsModel()->index(0, 0).data(Qt::UserRole).toString(),
                 batchIds.first());
        stock->search(QStringLiteral("zzzz-nothing")); // gone: so are its batches
        QVERIFY(stock->currentId().isEmpty());
        QCOMPARE(stock->detailsModel()->rowCount(), 0);
        stock->search(QString());
        QVERIFY(stock->currentId().isEmpty());
        QCOMPARE(stock->detailsModel()->rowCount(), 0);
        // Typed into the box, as she does.
        stock->table()->setCurrentIndex(model->index(0, 0));
        QVERIFY(stock->detailsModel()->rowCount() > 0);
        QTest::keyClicks(stock->searchBox(), QStringLiteral("zzzz"));
        QTRY_VERIFY(stock->currentId().isEmpty());
        QCOMPARE(stock->detailsModel()->rowCount(), 0);

        // The Patients page: another patient's history never stays.
        window.showPage(QStringLiteral("Patients"));
        RecordPage *patients = window.page(QStringLiteral("Patients"));
        PatientHistoryPane *pane = window.patientHistory();
        patients->search(QStringLiteral("Phiri"));
        QVERIFY(patients->model()->rowCount() > 0);
        patients->table()->setCurrentIndex(patients->model()->index(0, 0));
        const QString phiri = patients->currentId();
        QCOMPARE(pane->patientId(), phiri);
        const QString other = textAt(patients->model(), 0, 0) == u"Banda" ? QStringLiteral("Phiri")
                                                                          : QStringLiteral("Banda");
        QTest::keyClicks(patients->searchBox(), QStringLiteral("zzzz"));
        QTRY_VERIFY(patients->currentId().isEmpty());
        QVERIFY(pane->patientId().isEmpty());
        QCOMPARE(pane->model()->rowCount(), 0);
        patients->search(other);
        QVERIFY(pane->patientId().isEmpty());
        QCOMPARE(pane->model()->rowCount(), 0);
    }

    void kindsInWords()
    {
        LocalStore store(m_synced, QStringLiteral("check"));
        QueryTableModel items(store.db, RecordViews::items());
        QueryTableModel names(store.db, RecordViews::names());
        loadAll(&items);
        loadAll(&names);
        const QStringList codes{QStringLiteral("general"), QStringLiteral("facility"),
                                QStringLiteral("invad"),   QStringLiteral("store"),
                                QStringLiteral("service"), QStringLiteral("non_stock")};
        QSet<QString> seen;
        for (QueryTableModel *model : {&items, &names}) {
            const int kind = columnOf(model, RecordViews::tr("Kind"));
            QVERIFY(kind >= 0);
            for (int row = 0; row < model->rowCount(); ++row) {
                const QString shown = textAt(model, row, kind);
                QVERIFY2(!shown.isEmpty() && !codes.contains(shown) && !shown.contains(u'-'),
                         qPrintable(shown));
                seen.insert(shown);
            }
        }
        QVERIFY(seen.contains(RecordViews::tr("Stock item")));
        QVERIFY(seen.contains(RecordViews::tr("Supplier")));
        QVERIFY(seen.contains(RecordViews::tr("Inventory adjustments")));
        QVERIFY(seen.contains(RecordViews::tr("Store")));
    }

    // "First last" in any order, the code, the national health number.
    void patientsAreFoundAndDescribed()
    {
        LocalStore store(m_synced, QStringLiteral("check"));
        SqlStatement find(store.db.handle(),
                          "SELECT id, json_extract(data, '$.first'), json_extract(data, '$.last'), "
                          "code, json_extract(data, '$.national_health_number'), "
                          "json_extract(data, '$.phone'), json_extract(data, '$.bill_address1') "
                          "FROM record WHERE type = 'name' AND kind = 'patient' AND "
                          "json_extract(data, '$.national_health_number') <> '' AND "
                          "json_extract(data, '$.phone') <> '' AND "
                          "json_extract(data, '$.bill_address1') <> '' LIMIT 1");
        QVERIFY(find.step());
        const QString id = find.text(0);
        const QString first = find.text(1);
        const QString last = find.text(2);
        const QString nhn = find.text(4);
        QueryTableModel patients(store.db, RecordViews::patients());
        for (const QString &search :
             {first + u' ' + last, last + u' ' + first, find.text(3), nhn, nhn.toLower()}) {
            patients.setSearchText(search);
            QVERIFY2(patients.rowOf(id) >= 0, qPrintable(search));
        }
        patients.setSearchText(first + u' ' + last);
        const int row = patients.rowOf(id);
        QCOMPARE(
            textAt(&patients, row, columnOf(&patients, RecordViews::tr("National health number"))),
            nhn);
        QCOMPARE(textAt(&patients, row, columnOf(&patients, RecordViews::tr("Phone"))),
                 find.text(5));
        QVERIFY(textAt(&patients, row, columnOf(&patients, RecordViews::tr("Address")))
                    .startsWith(find.text(6)));
        // Age beside the date of birth.
        const int born = columnOf(&patients, RecordViews::tr("Date of birth"));
        QCOMPARE(columnOf(&patients, RecordViews::tr("Age")), born + 1);
        QVERIFY(textAt(&patients, row, born + 1).contains(u"year"));
        // Words that are not all in one patient find nobody.
        patients.setSearchText(first + QStringLiteral(" zzzz"));
        QCOMPARE(patients.totalRows(), 0);
    }

    void invoicesNewestFirstFilteredWithTheirCurrency()
    {
        SyncController controller(m_synced);
        MainWindow window(m_synced, &controller);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(QStringLiteral("Invoices"));
        auto *invoices = qobject_cast<InvoicesPage *>(window.page(QStringLiteral("Invoices")));
        QVERIFY(invoices);
        QueryTableModel *model = invoices->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        LocalStore store(m_synced, QStringLiteral("check"));
        const auto dateOf = [&](int row) {
            const auto invoice = store.queries.find(QStringLiteral("transact"), model->idAt(row));
            return RecordFields(invoice->data).date(QStringLiteral("confirm_date"));
        };
        loadAll(model);
        QCOMPARE(model->totalRows(),
                 count(m_synced, "SELECT count(*) FROM record WHERE type = 'transact'"));
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(dateOf(row - 1) >= dateOf(row) || !dateOf(row).isValid());
        // The store's currency, the locale's decimals.
        const int total = columnOf(model, RecordViews::tr("Total"));
        const QString shown = textAt(model, 0, total);
        QVERIFY2(shown.contains(u"USD")
                     && shown.contains(QRegularExpression(QStringLiteral("\\.\\d\\d$"))),
                 qPrintable(shown));
        // Total is seen whole at the window's size.
        QTableView *table = invoices->table();
        QVERIFY2(table->columnViewportPosition(total) + table->columnWidth(total)
                     <= table->viewport()->width(),
                 qPrintable(QString::number(table->viewport()->width())));

        // By type.
        const int type = columnOf(model, RecordViews::tr("Type"));
        invoices->typeFilter()->setCurrentIndex(
            invoices->typeFilter()->findData(QStringLiteral("si")));
        loadAll(model);
        QCOMPARE(model->totalRows(),
                 count(m_synced,
                       "SELECT count(*) FROM record WHERE type = "
                       "'transact' AND kind = 'si'"));
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(textAt(model, row, type), RecordViews::invoiceType(QStringLiteral("si")));
        invoices->typeFilter()->setCurrentIndex(
            invoices->typeFilter()->findData(QStringLiteral("prescription")));
        QVERIFY(model->totalRows() > 0);

        // By dates: the last month's prescriptions, both days included.
        invoices->datesFilter()->setChecked(true);
        const QDate newest = dateOf(0);
        invoices->fromField()->setDate(newest.addDays(-30));
        invoices->toField()->setDate(newest.addDays(-1));
        loadAll(model);
        QVERIFY(model->totalRows() > 0);
        for (int row = 0; row < model->rowCount(); ++row) {
            QVERIFY(dateOf(row) >= newest.addDays(-30) && dateOf(row) <= newest.addDays(-1));
            QCOMPARE(textAt(model, row, type),
                     RecordViews::invoiceType(QStringLiteral("prescription")));
        }
        invoices->toField()->setDate(newest);
        QVERIFY(model->rowOf(store.queries.find(QStringLiteral("transact"), model->idAt(0))->id)
                >= 0);
        QCOMPARE(dateOf(0), newest);
        invoices->typeFilter()->setCurrentIndex(0);
        invoices->datesFilter()->setChecked(false);
        QCOMPARE(model->totalRows(),
                 count(m_synced, "SELECT count(*) FROM record WHERE type = 'transact'"));
        invoices->table()->setCurrentIndex(model->index(0, 0));
        saveScreenshot(&window, QStringLiteral("invoices"));
    }

    // Counts are plural forms through tr() with %n: in French, "1 ligne" and
    // "95 lignes", never "ligne(s)".
    void countsUsePluralForms()
    {
        QTranslator french;
        QVERIFY(TranslationCatalog::load(french, QLocale(QLocale::French, QLocale::France)));
        QVERIFY(QCoreApplication::installTranslator(&french));
        const auto removeTranslator
            = qScopeGuard([&french] { QCoreApplication::removeTranslator(&french); });
        SyncController controller(m_synced);
        MainWindow window(m_synced, &controller);
        RecordPage *stock = window.page(RecordPage::tr("Stock"));
        if (!stock) // the page's name is translated too
            stock = window.findChild<StockPage *>();
        QVERIFY(stock);
        const QString many = stock->countLabel()->text();
        QVERIFY2(many.startsWith(QString::number(stock->model()->totalRows()) + u' '),
                 qPrintable(many));
        stock->search(stock->model()->data(stock->model()->index(0, 1)).toString());
        QCOMPARE(stock->model()->totalRows(), 1);
        const QString one = stock->countLabel()->text();
        QVERIFY2(one.startsWith(QStringLiteral("1 ")), qPrintable(one));
        QVERIFY2(many.section(u' ', 1) != one.section(u' ', 1), qPrintable(many + u'|' + one));
        for (const QString &text : {many, one})
            QVERIFY2(!text.contains(u"(s)") && text != RecordPage::tr("%n row(s)"),
                     qPrintable(text));
        const QString soon = RecordViews::expiryText(
            QDate::currentDate().addDays(23).toString(Qt::ISODate), QDate::currentDate());
        QVERIFY2(soon.contains(u"23") && !soon.contains(u"(s)") && !soon.contains(u"expires"),
                 qPrintable(soon));
    }

    void ctrlFFocusesTheSearchBox()
    {
        SyncController controller(m_synced);
        MainWindow window(m_synced, &controller);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        for (const char *name : {"Stock", "Patients", "Invoices", "Items", "Names"}) {
            window.showPage(QString::fromLatin1(name));
            RecordPage *page = window.page(QString::fromLatin1(name));
            page->table()->setFocus();
            QTRY_COMPARE(QApplication::focusWidget(), page->table());
            QTest::keyClick(page->table(), Qt::Key_F, Qt::ControlModifier);
            QTRY_COMPARE(QApplication::focusWidget(), page->searchBox());
            QVERIFY(!page->searchBox()->accessibleDescription().isEmpty());
        }
    }

    // Each page opens with its first row's details (and saves its screenshot).
    void pagesShowTheirFirstRowsDetails()
    {
        SyncController controller(m_synced);
        MainWindow window(m_synced, &controller);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(QStringLiteral("Stock"));
        RecordPage *stock = window.page(QStringLiteral("Stock"));
        // The soonest to expire first: expired stock shows in words and with an icon.
        stock->table()->sortByColumn(columnOf(stock->model(), RecordViews::tr("Nearest expiry")),
                                     Qt::AscendingOrder);
        stock->table()->setCurrentIndex(stock->model()->index(1, 0));
        QVERIFY(stock->detailsModel()->rowCount() > 0);
        QTRY_VERIFY(!qobject_cast<StockPage *>(stock)->consumption()->isReading());
        saveScreenshot(&window, QStringLiteral("stock"));
        for (const char *name : {"Items", "Names"}) {
            window.showPage(QString::fromLatin1(name));
            RecordPage *page = window.page(QString::fromLatin1(name));
            page->table()->setCurrentIndex(page->model()->index(0, 0));
            QCOMPARE(page->currentId(), page->model()->idAt(0));
            saveScreenshot(&window, QString::fromLatin1(name).toLower());
        }
    }
};

QTEST_MAIN(TestPages)
#include "tst_pages.moc"
