#include "WorkCommands.h"

#include "domain/DateText.h"
#include "domain/Dispensing.h"
#include "domain/GoodsReceipt.h"
#include "domain/Patient.h"
#include "domain/PatientRegistry.h"
#include "domain/RecordFields.h"
#include "domain/StockCount.h"
#include "domain/WorkRefusal.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"
#include "sync/SyncController.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

using namespace satellite;

namespace {

constexpr int kRefused = 9;

QJsonObject patientJson(const Patient &patient, const QString &source)
{
    return QJsonObject{{QStringLiteral("id"), patient.id},
                       {QStringLiteral("code"), patient.code},
                       {QStringLiteral("name"), patient.name},
                       {QStringLiteral("first"), patient.first},
                       {QStringLiteral("last"), patient.last},
                       {QStringLiteral("dateOfBirth"), patient.dateOfBirth.toString(Qt::ISODate)},
                       {QStringLiteral("nationalHealthNumber"), patient.nationalHealthNumber},
                       {QStringLiteral("source"), source}};
}

// "CODE:VALUE" pairs of the command line, by code.
std::optional<std::pair<QString, QString>> splitPair(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    return std::pair{text.left(colon), text.mid(colon + 1)};
}

} // namespace

WorkCommands::WorkCommands(const CliOptions &options, QTextStream &out, QTextStream &err,
                           QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_out(out)
    , m_err(err)
{ }

WorkCommands::~WorkCommands() = default;

LocalStore &WorkCommands::store()
{
    if (!m_store)
        m_store = std::make_unique<LocalStore>(m_options.databasePath, QStringLiteral("store-cli"));
    return *m_store;
}

WorkContext &WorkCommands::context()
{
    if (!m_context)
        m_context = std::make_unique<WorkContext>(WorkContext::fromSettings(store().settings));
    return *m_context;
}

int WorkCommands::fail(int code, const QString &message)
{
    m_err << "satellite-cli: " << message << Qt::endl;
    return code;
}

void WorkCommands::print(const QJsonObject &json)
{
    m_out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
}

int WorkCommands::run()
{
    try {
        if (context().storeId.isEmpty())
            return fail(2, tr("Not logged in: log in to a site first."));
        const QString &command = m_options.command;
        const QString &sub = m_options.subcommand;
        if (command == u"patient") {
            if (sub == u"add")
                return patientAdd();
            if (sub == u"edit")
                return patientEdit();
            if (sub == u"find")
                return patientFind();
            if (sub == u"show")
                return patientShow();
            return patientLink();
        }
        if (command == u"dispense")
            return dispense();
        if (command == u"receive")
            return receive();
        return count();
    } catch (const WorkRefusal &refusal) {
        return fail(kRefused, refusal.message());
    }
}

namespace {

std::optional<PatientDetails> detailsFrom(const CliOptions &options, QString *error)
{
    PatientDetails details;
    auto text = [](const QString &value) {
        return value.isNull() ? std::nullopt : std::optional<QString>(value);
    };
    details.first = text(options.first);
    details.last = text(options.last);
    details.code = text(options.code);
    details.phone = text(options.phone);
    details.address1 = text(options.address);
    details.nationalHealthNumber = text(options.nationalHealthNumber);
    if (!options.dateOfBirth.isNull()) {
        const QDate date = QDate::fromString(options.dateOfBirth, Qt::ISODate);
        if (!date.isValid()) {
            *error = QCoreApplication::translate("WorkCommands", "--dob must be a date YYYY-MM-DD");
            return std::nullopt;
        }
        details.dateOfBirth = date;
    }
    if (!options.gender.isNull()) {
        if (options.gender != u"female" && options.gender != u"male") {
            *error = QCoreApplication::translate("WorkCommands", "--gender is female or male");
            return std::nullopt;
        }
        details.female = options.gender == u"female";
    }
    return details;
}

} // namespace

int WorkCommands::patientAdd()
{
    QString error;
    const auto details = detailsFrom(m_options, &error);
    if (!details)
        return fail(2, error);
    const auto saved = PatientRegistry(store(), context()).add(*details);
    if (m_options.json) {
        print({{QStringLiteral("id"), saved.id}, {QStringLiteral("code"), saved.code}});
    } else {
        m_out << saved.id << Qt::endl;
        m_err << tr("Patient registered with code %1; it goes out with the next sync.")
                     .arg(saved.code)
              << Qt::endl;
    }
    return 0;
}

int WorkCommands::patientEdit()
{
    QString error;
    const auto details = detailsFrom(m_options, &error);
    if (!details)
        return fail(2, error);
    const auto saved
        = PatientRegistry(store(), context()).edit(m_options.arguments.first(), *details);
    if (m_options.json)
        print({{QStringLiteral("id"), saved.id}, {QStringLiteral("code"), saved.code}});
    else
        m_err << tr("Patient details saved; they go out with the next sync.") << Qt::endl;
    return 0;
}

int WorkCommands::patientFind()
{
    const QString text = m_options.arguments.join(u' ');
    const QList<Patient> local = PatientRegistry(store(), context()).search(text);
    auto finish = [this, local](const QList<Patient> &remote, const QString &note) {
        QSet<QString> seen;
        QJsonArray json;
        for (const Patient &patient : local) {
            seen.insert(patient.id);
            json.append(patientJson(patient, QStringLiteral("local")));
            if (!m_options.json)
                m_out << patient.id << '\t' << patient.code << '\t' << patient.name << '\t'
                      << patient.dateOfBirth.toString(Qt::ISODate) << Qt::endl;
        }
        for (const Patient &patient : remote) {
            if (seen.contains(patient.id))
                continue;
            seen.insert(patient.id);
            json.append(patientJson(patient, QStringLiteral("primary")));
            if (!m_options.json)
                m_out << patient.id << '\t' << patient.code << '\t' << patient.name << '\t'
                      << patient.dateOfBirth.toString(Qt::ISODate) << '\t'
                      << tr("(on the primary: link to see it here)") << Qt::endl;
        }
        if (m_options.json)
            m_out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
        if (!note.isEmpty())
            m_err << note << Qt::endl;
        m_err << tr("%n patient(s) found", nullptr, int(json.size())) << Qt::endl;
        return 0;
    };
    if (!m_options.remote)
        return finish({}, {});
    QList<RemoteRequest> requests;
    for (const QUrlQuery &query : PatientHistory::remoteSearches(text)) {
        RemoteRequest request;
        request.kind = RemoteRequest::Kind::FindPatients;
        request.query = query;
        requests.append(request);
    }
    askEach(requests, {}, [finish](const QList<RemoteAnswer> &answers) {
        QList<Patient> remote;
        for (const RemoteAnswer &answer : answers) {
            if (answer.error.isError())
                return finish(
                    {}, tr("The primary could not be searched: %1").arg(answer.error.describe()));
            for (const QJsonValue &value : QJsonDocument::fromJson(answer.body).array())
                remote.append(Patient::fromData(
                    {}, QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
        }
        return finish(remote, {});
    });
    return -1;
}

int WorkCommands::printHistory(const Patient &patient, const QList<PatientHistory::Entry> &primary,
                               const QString &note)
{
    const QList<PatientHistory::Entry> entries
        = PatientHistory::merged(PatientHistory(store(), context()).local(patient.id), primary);
    if (m_options.json) {
        QJsonObject json = patientJson(patient, QStringLiteral("local"));
        QJsonArray history;
        for (const PatientHistory::Entry &entry : entries) {
            history.append(QJsonObject{{QStringLiteral("lineId"), entry.lineId},
                                       {QStringLiteral("date"), entry.date.toString(Qt::ISODate)},
                                       {QStringLiteral("store"), entry.storeName},
                                       {QStringLiteral("item"), entry.itemName},
                                       {QStringLiteral("itemCode"), entry.itemCode},
                                       {QStringLiteral("quantity"), entry.quantity},
                                       {QStringLiteral("prescriber"), entry.prescriber},
                                       {QStringLiteral("fromPrimary"), entry.fromPrimary}});
        }
        if (m_options.withHistory)
            json.insert(QStringLiteral("history"), history);
        json.insert(QStringLiteral("note"), note);
        print(json);
    } else {
        m_out << tr("%1 (code %2), born %3")
                     .arg(patient.name, patient.code,
                          patient.dateOfBirth.isValid() ? patient.dateOfBirth.toString(Qt::ISODate)
                                                        : tr("unknown"))
              << Qt::endl;
        for (const PatientHistory::Entry &entry : entries) {
            if (!m_options.withHistory)
                break;
            m_out << entry.date.toString(Qt::ISODate) << '\t' << entry.storeName << '\t'
                  << entry.itemName << '\t' << QLocale().toString(entry.quantity, 'g', 12) << '\t'
                  << entry.prescriber << Qt::endl;
        }
        if (!note.isEmpty())
            m_err << note << Qt::endl;
    }
    return 0;
}

int WorkCommands::patientShow()
{
    const auto patient = PatientRegistry(store(), context()).find(m_options.arguments.first());
    if (!patient)
        return fail(kRefused,
                    tr("There is no patient with ID %1 here.").arg(m_options.arguments.first()));
    if (!m_options.withHistory)
        return printHistory(*patient, {}, {});
    RemoteRequest request;
    request.kind = RemoteRequest::Kind::PatientHistory;
    request.patientId = patient->id;
    ask(request, [this, patient = *patient](const RemoteAnswer &answer) {
        if (!answer.error.isError())
            return printHistory(patient, PatientHistory::fromPrimary(answer.body), {});
        // Offline: this store's dispensings, and what the primary said last time.
        const auto kept = store().remoteAnswers.find(QStringLiteral("patient_history"), patient.id);
        const QString note = kept
            ? tr("The primary cannot be reached (%1): its history as of %2 is shown.")
                  .arg(answer.error.describe(), DateText::of(kept->fetchedAt.toLocalTime()))
            : tr("The primary cannot be reached (%1): only this store's dispensings are shown.")
                  .arg(answer.error.describe());
        return printHistory(
            patient,
            kept ? PatientHistory::fromPrimary(kept->body) : QList<PatientHistory::Entry>(), note);
    });
    return -1;
}

int WorkCommands::sendLinkNow(const QString &doneText)
{
    RemoteRequest request;
    request.kind = RemoteRequest::Kind::SendPendingCalls;
    ask(request, [this, doneText](const RemoteAnswer &answer) {
        if (answer.error.isError()) {
            m_err << tr("The primary cannot be reached (%1): the patient will be made visible "
                        "here at the next sync.")
                         .arg(answer.error.describe())
                  << Qt::endl;
            return 0;
        }
        if (answer.callsRefused > 0)
            return fail(5,
                        tr("The primary refused to make the patient visible here; see "
                           "satellite-cli quarantine and the sync log."));
        m_err << doneText << Qt::endl;
        return 0;
    });
    return -1;
}

int WorkCommands::patientLink()
{
    const auto linked = PatientRegistry(store(), context()).link(m_options.arguments.first());
    if (!linked.queued) {
        m_err << tr("The patient is visible in this store already.") << Qt::endl;
        return 0;
    }
    return sendLinkNow(tr("The patient is now visible in this store; their records arrive "
                          "with the next sync."));
}

int WorkCommands::dispense()
{
    Dispensing::Request request;
    request.patientId = m_options.patient;
    request.prescriberId = m_options.prescriber;
    request.overrideReason = m_options.overrideReason;
    request.draft = m_options.draft;
    for (const QString &text : std::as_const(m_options.items)) {
        const auto pair = splitPair(text);
        bool ok = false;
        const double units = pair ? QLocale::c().toDouble(pair->second, &ok) : 0;
        if (!ok)
            return fail(2, tr("--item takes CODE:UNITS, not %1").arg(text));
        Dispensing::Line line;
        line.itemId = pair->first;
        line.units = units;
        for (const QString &batch : std::as_const(m_options.batches)) {
            if (const auto picked = splitPair(batch); picked && picked->first == line.itemId)
                line.batch = picked->second;
        }
        for (const QString &directions : std::as_const(m_options.directions)) {
            const qsizetype colon = directions.indexOf(u':');
            if (colon > 0 && directions.left(colon) == line.itemId)
                line.directions = directions.mid(colon + 1);
        }
        request.lines.append(line);
    }
    const Dispensing::Result result = Dispensing(store(), context()).save(request);
    if (m_options.json)
        print({{QStringLiteral("id"), result.transactId},
               {QStringLiteral("invoiceNumber"), double(result.invoiceNumber)},
               {QStringLiteral("total"), result.total},
               {QStringLiteral("draft"), request.draft},
               {QStringLiteral("linkQueued"), result.linkQueued}});
    else
        m_out << result.transactId << Qt::endl;
    m_err << (request.draft
                  ? tr("Draft prescription %1 kept (total %2).")
                  : tr("Prescription %1 saved (total %2); it goes out with the next sync."))
                 .arg(result.invoiceNumber)
                 .arg(QLocale().toString(result.total, 'f', 2))
          << Qt::endl;
    if (!result.linkQueued)
        return 0;
    return sendLinkNow(tr("The patient is now visible in this store on the primary."));
}

int WorkCommands::receive()
{
    GoodsReceipt receipt(store(), context());
    if (m_options.arguments.isEmpty()) {
        const QStringList waiting = receipt.waiting();
        for (const QString &id : waiting) {
            const RecordFields invoice(store().queries.find(QStringLiteral("transact"), id)->data);
            m_out << id << '\t' << invoice.text(QStringLiteral("invoice_num")) << '\t'
                  << invoice.text(QStringLiteral("entry_date")).left(10) << '\t'
                  << invoice.text(QStringLiteral("their_ref")) << Qt::endl;
        }
        m_err << tr("%n supplier invoice(s) waiting to be received", nullptr, int(waiting.size()))
              << Qt::endl;
        return 0;
    }
    QList<GoodsReceipt::Correction> corrections;
    for (const QString &text : std::as_const(m_options.corrections)) {
        const auto pair = splitPair(text);
        bool ok = false;
        const double packs = pair ? QLocale::c().toDouble(pair->second, &ok) : 0;
        if (!ok)
            return fail(2, tr("--line takes LINE_ID:PACKS, not %1").arg(text));
        GoodsReceipt::Correction correction;
        correction.lineId = pair->first;
        correction.packs = packs;
        corrections.append(correction);
    }
    const auto result = receipt.receive(m_options.arguments.first(), corrections);
    if (m_options.json)
        print({{QStringLiteral("id"), result.invoiceId},
               {QStringLiteral("linesReceived"), result.linesReceived}});
    else
        m_err << tr("%n line(s) received into stock; the invoice is finalised.", nullptr,
                    result.linesReceived)
              << Qt::endl;
    return 0;
}

int WorkCommands::count()
{
    bool ok = false;
    const double counted = QLocale::c().toDouble(m_options.counted, &ok);
    if (!ok)
        return fail(2, tr("--counted takes a number of units, not %1").arg(m_options.counted));
    StockCount stockCount(store(), context());
    const QString batchId = stockCount.findBatch(m_options.item, m_options.batches.first());
    const auto result = stockCount.record({{batchId, counted, m_options.reason}});
    if (m_options.json)
        print({{QStringLiteral("id"), result.adjustmentId},
               {QStringLiteral("invoiceNumber"), double(result.invoiceNumber)},
               {QStringLiteral("linesAdjusted"), result.linesAdjusted}});
    else if (result.adjustmentId.isEmpty())
        m_err << tr("The count matches the stock: nothing to adjust.") << Qt::endl;
    else
        m_out << result.adjustmentId << Qt::endl;
    return 0;
}

void WorkCommands::ask(const RemoteRequest &request,
                       const std::function<int(const RemoteAnswer &)> &then)
{
    askEach({request}, {},
            [then](const QList<RemoteAnswer> &answers) { return then(answers.first()); });
}

void WorkCommands::askEach(QList<RemoteRequest> requests, QList<RemoteAnswer> answers,
                           const std::function<int(const QList<RemoteAnswer> &)> &then)
{
    if (!m_controller) {
        m_controller = std::make_unique<SyncController>(m_options.databasePath);
    }
    if (requests.isEmpty()) {
        const int code = [&] {
            try {
                return then(answers);
            } catch (const WorkRefusal &refusal) {
                return fail(kRefused, refusal.message());
            } catch (const StoreError &error) {
                return fail(7, tr("local database error: %1").arg(error.message()));
            }
        }();
        QCoreApplication::exit(code);
        return;
    }
    const RemoteRequest next = requests.takeFirst();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection
        = connect(m_controller.get(), &SyncController::remoteAnswered, this,
                  [this, connection, requests, answers, then](const RemoteAnswer &answer) mutable {
                      disconnect(*connection);
                      answers.append(answer);
                      // One failure says enough: the rest would fail the same way.
                      if (answer.error.isError())
                          requests.clear();
                      askEach(requests, answers, then);
                  });
    m_controller->ask(next);
}
