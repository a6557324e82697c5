#include "CliHelp.h"

namespace {

const QString program = QStringLiteral("satellite-cli");
constexpr qsizetype lineWidth = 79;

// Words joined into lines of lineWidth at most, the first after `first`, the
// others after `indent`.
QString wrapped(const QStringList &words, const QString &first, const QString &indent)
{
    QString text = first;
    qsizetype lineLength = first.size();
    bool lineEmpty = first.trimmed().isEmpty();
    for (const QString &word : words) {
        if (!lineEmpty && lineLength + 1 + word.size() > lineWidth) {
            text += u'\n' + indent;
            lineLength = indent.size();
            lineEmpty = true;
        }
        if (!lineEmpty) {
            text += u' ';
            ++lineLength;
        }
        text += word;
        lineLength += word.size();
        lineEmpty = false;
    }
    return text + u'\n';
}

QString wrappedText(const QString &text, const QString &indent)
{
    return wrapped(text.split(u' ', Qt::SkipEmptyParts), indent, indent);
}

// A synopsis broken only between its parts, never inside [brackets].
QString wrappedSynopsis(const QString &synopsis)
{
    QStringList parts{QString()};
    int depth = 0;
    for (const QChar c : synopsis) {
        depth += c == u'[' ? 1 : c == u']' ? -1 : 0;
        if (c == u' ' && depth == 0)
            parts.append(QString());
        else
            parts.last() += c;
    }
    return wrapped(parts, QStringLiteral("  %1 [--db PATH]").arg(program),
                   QStringLiteral("      "));
}

CliHelp::Option json()
{
    return {QStringLiteral("--json"), {}, CliHelp::tr("Print the result as JSON on stdout.")};
}

QList<CliHelp::Option> patientDetails()
{
    return {
        {QStringLiteral("--first"), CliHelp::tr("F"), CliHelp::tr("First name.")},
        {QStringLiteral("--last"), CliHelp::tr("L"), CliHelp::tr("Last name.")},
        {QStringLiteral("--dob"), CliHelp::tr("YYYY-MM-DD"), CliHelp::tr("Date of birth.")},
        {QStringLiteral("--gender"), CliHelp::tr("female|male"), CliHelp::tr("Gender.")},
        {QStringLiteral("--code"), CliHelp::tr("C"),
         CliHelp::tr("Patient code (default: the next free one).")},
        {QStringLiteral("--phone"), CliHelp::tr("P"), CliHelp::tr("Phone number.")},
        {QStringLiteral("--address"), CliHelp::tr("A"), CliHelp::tr("Address.")},
        {QStringLiteral("--nhn"), CliHelp::tr("N"), CliHelp::tr("National health number.")},
        {QStringLiteral("--remote"),
         {},
         CliHelp::tr("find: also search the primary (patients of other clinics).")},
        {QStringLiteral("--history"),
         {},
         CliHelp::tr("show: the dispensing history, this store's and the primary's.")},
        json(),
    };
}

} // namespace

QList<CliHelp::Command> CliHelp::commands()
{
    return {
        {QStringLiteral("login"),
         {QStringLiteral("login --url URL --site NAME [--password-stdin] [--allow-insecure-http] "
                         "[--trust-certificate SHA256] [--json]")},
         tr("Log this database in to a site of the primary server, then run the first sync. "
            "The password is asked for on the terminal, and only its hash is kept."),
         {{QStringLiteral("--url"), tr("URL"), tr("The primary server's address.")},
          {QStringLiteral("--site"), tr("NAME"), tr("The site's name on the primary.")},
          {QStringLiteral("--password-stdin"),
           {},
           tr("Read the password from the first line of stdin.")},
          {QStringLiteral("--allow-insecure-http"),
           {},
           tr("Allow plain http:// to another computer (the password hash and patient data "
              "cross the network unencrypted).")},
          {QStringLiteral("--trust-certificate"), tr("SHA256"),
           tr("Trust exactly the server certificate with this SHA-256 fingerprint (shown in "
              "the error when the system does not trust it).")},
          json()}},
        {QStringLiteral("sync"),
         {QStringLiteral("sync [--json]")},
         tr("Send the changes made here and receive what the primary has queued for this "
            "site. Ctrl-C stops after the current batch."),
         {json()}},
        {QStringLiteral("status"),
         {QStringLiteral("status [--json]")},
         tr("The site, the last sync, the changes waiting to go out and the records in "
            "quarantine."),
         {json()}},
        {QStringLiteral("records"),
         {QStringLiteral("records --type T [--id X] [--json]")},
         tr("List the stored records of one type, or print one record's data."),
         {{QStringLiteral("--type"), tr("T"), tr("The record type (item, name, transact, ...).")},
          {QStringLiteral("--id"), tr("X"), tr("One record's ID: print its data.")},
          json()}},
        {QStringLiteral("import"),
         {QStringLiteral("import FILE")},
         tr("Apply a JSON array of v2 records from FILE as local changes; they go out with "
            "the next sync."),
         {}},
        {QStringLiteral("quarantine"),
         {QStringLiteral("quarantine [--json] [--retry] [--discard N [--yes]]")},
         tr("The records received that could not be stored, and the changes the primary "
            "refused."),
         {json(),
          {QStringLiteral("--retry"),
           {},
           tr("Apply the quarantined records again, and queue the refused changes to be sent "
              "again.")},
          {QStringLiteral("--discard"), tr("N"),
           tr("Give up refused change N: it never reaches the primary.")},
          {QStringLiteral("--yes"), {}, tr("Confirm --discard (it says what is lost).")}}},
        {QStringLiteral("history"),
         {QStringLiteral("history [--json]")},
         tr("The recent syncs: when, how they ended, records sent and received."),
         {json()}},
        {QStringLiteral("patient"),
         {QStringLiteral("patient add --first F --last L [--dob YYYY-MM-DD] "
                         "[--gender female|male] [--code C] [--phone P] [--address A] "
                         "[--nhn N] [--json]"),
          QStringLiteral("patient edit ID [the options of add]"),
          QStringLiteral("patient find TEXT [--remote] [--json]"),
          QStringLiteral("patient show ID [--history] [--json]"),
          QStringLiteral("patient link ID")},
         tr("Register a patient (prints the new ID), change a patient registered here, find "
            "patients by name, code or date of birth, show one, or make a patient of another "
            "clinic visible in this store."),
         patientDetails()},
        {QStringLiteral("dispense"),
         {QStringLiteral("dispense --patient ID --item CODE:UNITS [--item CODE:UNITS]... "
                         "[--prescriber ID] [--batch CODE:BATCH] [--directions CODE:TEXT] "
                         "[--override-reason TEXT] [--draft] [--json]")},
         tr("Dispense to a patient, first expiry first out; prints the prescription's ID. "
            "Nothing is written when a line cannot be dispensed."),
         {{QStringLiteral("--patient"), tr("ID"), tr("The patient.")},
          {QStringLiteral("--item"), tr("CODE:UNITS"),
           tr("An item and the units to dispense (repeatable).")},
          {QStringLiteral("--prescriber"), tr("ID"), tr("The prescriber.")},
          {QStringLiteral("--batch"), tr("CODE:BATCH"),
           tr("Take an item from this batch (repeatable).")},
          {QStringLiteral("--directions"), tr("CODE:TEXT"),
           tr("Directions for an item's label (repeatable).")},
          {QStringLiteral("--override-reason"), tr("TEXT"),
           tr("Why an expired or held batch is used.")},
          {QStringLiteral("--draft"), {}, tr("Keep it as a draft, its stock set aside.")},
          json()}},
        {QStringLiteral("receive"),
         {QStringLiteral("receive [INVOICE_ID [--line LINE_ID:PACKS]...] [--json]")},
         tr("Without an ID, list the supplier invoices waiting to be received; with one, add "
            "its lines to the stock."),
         {{QStringLiteral("--line"), tr("LINE_ID:PACKS"),
           tr("The packs received on a line, where they differ from those sent (repeatable).")},
          json()}},
        {QStringLiteral("count"),
         {QStringLiteral("count --item CODE --batch BATCH --counted UNITS --reason TEXT "
                         "[--json]")},
         tr("Record a stock count of one batch; a difference becomes an inventory adjustment."),
         {{QStringLiteral("--item"), tr("CODE"), tr("The item.")},
          {QStringLiteral("--batch"), tr("BATCH"), tr("The batch counted.")},
          {QStringLiteral("--counted"), tr("UNITS"), tr("The units counted.")},
          {QStringLiteral("--reason"), tr("TEXT"), tr("The reason for a difference.")},
          json()}},
    };
}

QList<CliHelp::Option> CliHelp::globalOptions()
{
    return {
        {QStringLiteral("--db"), tr("PATH"),
         tr("The database (default: $SATELLITE_DB, else the desktop app's).")},
        {QStringLiteral("--help"), {}, tr("Show this help, or a command's.")},
        {QStringLiteral("--version"), {}, tr("Show the version.")},
    };
}

QStringList CliHelp::commandNames()
{
    QStringList names;
    for (const Command &command : commands())
        names.append(command.name);
    return names;
}

QStringList CliHelp::optionNames()
{
    QStringList names;
    for (const Option &option : globalOptions())
        names.append(option.name);
    for (const Command &command : commands()) {
        for (const Option &option : command.options) {
            if (!names.contains(option.name))
                names.append(option.name);
        }
    }
    return names;
}

QString CliHelp::usage()
{
    QString text = tr("usage:") + u'\n';
    for (const Command &command : commands()) {
        for (const QString &synopsis : command.synopses)
            text += wrappedSynopsis(synopsis);
    }
    text += QStringLiteral("  %1 help [COMMAND]\n  %1 --version\n").arg(program);
    return text;
}

QString CliHelp::overview()
{
    QString text = usage() + u'\n' + tr("Options for every command:") + u'\n'
        + optionLines(globalOptions()) + u'\n' + tr("Commands:") + u'\n';
    for (const Command &command : commands())
        text += QStringLiteral("  %1\n").arg(command.name)
            + wrappedText(command.description, QStringLiteral("      "));
    text += u'\n'
        + wrappedText(tr("`%1 help COMMAND` or `%1 COMMAND --help` shows a command's options. "
                         "The manual page (man %1) lists the exit codes and the environment "
                         "variables.")
                          .arg(program),
                      {});
    return text;
}

QString CliHelp::forCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (command.name != name)
            continue;
        QString text = tr("usage:") + u'\n';
        for (const QString &synopsis : command.synopses)
            text += wrappedSynopsis(synopsis);
        text += u'\n' + wrappedText(command.description, {});
        if (!command.options.isEmpty())
            text += u'\n' + tr("Options:") + u'\n' + optionLines(command.options);
        text += u'\n' + tr("Options for every command:") + u'\n' + optionLines(globalOptions());
        return text;
    }
    return {};
}

QString CliHelp::optionLines(const QList<Option> &options)
{
    QString text;
    for (const Option &option : options) {
        const QString head
            = option.value.isEmpty() ? option.name : option.name + u' ' + option.value;
        text += QStringLiteral("  %1\n").arg(head)
            + wrappedText(option.description, QStringLiteral("      "));
    }
    return text;
}
