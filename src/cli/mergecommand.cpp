// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clicontext.h"
#include "commands.h"

#include "core/boundedread.h"
#include "core/reportmerge.h"
#include "core/reportwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace ekyc::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

// Far above any real report (about 150 bytes per file and row); refusing more keeps a
// log passed by mistake from being read into memory whole.
constexpr qint64 MaxReportBytes = qint64(1) << 30;

enum class ReadStatus { Ok, Unreadable, NotAReport };

ReadStatus readReport(const QString &path, const QString &name, QByteArray *bytes, QString *error)
{
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            *error = tr("%1: cannot read: %2").arg(name, file.errorString());
            return ReadStatus::Unreadable;
        }
    } else {
        if (QFileInfo(path).isDir()) {
            *error = tr("%1: is a directory, not a report").arg(name);
            return ReadStatus::Unreadable;
        }
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("%1: cannot open: %2").arg(name, file.errorString());
            return ReadStatus::Unreadable;
        }
    }
    // A report starts with '{'; anything else (a log, a JSONL stream) is refused before
    // it is read whole.
    const QByteArray head = file.peek(4096).trimmed();
    if (!head.isEmpty() && !head.startsWith('{')) {
        *error = tr("%1: not a JSON report (it does not start with '{'; merge takes the output of "
                    "'ekyc-codes classify --format json', not logs)")
                     .arg(name);
        return ReadStatus::NotAReport;
    }
    *bytes = readBounded(file, MaxReportBytes);
    if (file.error() != QFileDevice::NoError) {
        *error = tr("%1: read error: %2").arg(name, file.errorString());
        return ReadStatus::Unreadable;
    }
    if (bytes->size() > MaxReportBytes) {
        *error = tr("%1: larger than %2 bytes, too large for a report").arg(name).arg(MaxReportBytes);
        return ReadStatus::NotAReport;
    }
    return ReadStatus::Ok;
}

} // namespace

int runMerge(const QStringList &arguments)
{
    CliContext ctx(QStringLiteral("merge"),
        tr("Sum JSON reports written by 'ekyc-codes classify --format json' (or by merge itself) into one\n"
           "report: files in argument order, counts, ambiguous and unknown codes and totals summed, lists\n"
           "sorted as classify sorts them. The JSON output can be merged again. All reports must come from\n"
           "the same catalog. '-' reads one report from standard input. See docs/scale-out.md.\n"
           "Table and CSV take descriptions from the built-in catalog or --catalog FILE, which must be\n"
           "the reports' catalog (date and number of codes); so must --catalog with JSON.\n"
           "Nothing is printed unless every REPORT was merged: a partial sum would pass for a whole one.\n"
           "Exit status: 0; 1 when a REPORT cannot be read (missing, unreadable, a directory), nothing\n"
           "printed; 1 also when the merged report holds an input classify could not read completely,\n"
           "report printed, as classify does; 2 usage error, a REPORT that is not a classify report,\n"
           "or reports that disagree (catalog, billing)."));
    ctx.formatOption.setDescription(tr("Output format: json (default; can be merged again), table or csv."));
    ctx.parser().addOption(ctx.formatOption);
    const QCommandLineOption timelineOption(
        QStringLiteral("timeline"), tr("With --format table: end with a text histogram of the events over time."));
    ctx.parser().addOption(timelineOption);
    ctx.parser().addPositionalArgument(
        QStringLiteral("REPORT"), tr("JSON reports; '-' reads one from standard input."), QStringLiteral("REPORT..."));
    if (const std::optional<int> exit = ctx.parse(arguments))
        return *exit;
    const QStringList paths = ctx.parser().positionalArguments();
    if (paths.isEmpty())
        return ctx.usageError(tr("merge needs at least one REPORT (or '-' for standard input)"));
    if (paths.count(QStringLiteral("-")) > 1)
        return ctx.usageError(tr("'-' (standard input) can be given only once"));
    const std::optional<QString> format = ctx.format(
        { QStringLiteral("json"), QStringLiteral("table"), QStringLiteral("csv") }, QStringLiteral("json"));
    if (!format)
        return ExitUsage;
    if (!ctx.loadCatalog())
        return ExitUsage;

    auto fail = [&](const QString &message, int exitCode) {
        ctx.err() << QCoreApplication::applicationName() << ": " << message << '\n';
        ctx.err().flush();
        return exitCode;
    };
    ReportMerger merger;
    for (const QString &path : paths) {
        const QString name = path == QLatin1String("-") ? tr("standard input") : path;
        QByteArray bytes;
        QString error;
        switch (readReport(path, name, &bytes, &error)) {
        case ReadStatus::Ok:
            break;
        case ReadStatus::Unreadable:
            return fail(error, ExitNoMatchOrInputError);
        case ReadStatus::NotAReport:
            return fail(error, ExitUsage);
        }
        const std::optional<Report> report = reportFromJson(bytes, name, &error);
        if (!report || !merger.add(*report, name, &error))
            return fail(error, ExitUsage);
    }
    const Report merged = merger.result();

    const bool usesCatalog = *format != QLatin1String("json") || ctx.parser().isSet(ctx.catalogOption);
    const Catalog &catalog = ctx.catalog();
    if (usesCatalog && (merged.catalogUpdated != catalog.updated() || merged.catalogCodes != catalog.size()))
        return fail(tr("the reports were written with the catalog of %1 (%2 codes), but the catalog in use is "
                       "of %3 (%4 codes); give the reports' catalog with --catalog FILE")
                        .arg(merged.catalogUpdated)
                        .arg(merged.catalogCodes)
                        .arg(catalog.updated())
                        .arg(catalog.size()),
            ExitUsage);

    const ReportFormat reportFormat = *format == QLatin1String("table") ? ReportFormat::Table
        : *format == QLatin1String("csv")                               ? ReportFormat::Csv
                                                                        : ReportFormat::Json;
    writeReport(ctx.out(), merged, catalog, reportFormat, ctx.parser().isSet(timelineOption));
    ctx.out().flush();
    // The errors of the classify runs carry over, with classify's exit status, so a merge
    // reports an unread input as one run over all the inputs would have.
    for (const FileResult &f : merged.files) {
        if (!f.summary.error.isEmpty())
            ctx.err() << QCoreApplication::applicationName() << ": " << f.summary.path << ": " << f.summary.error
                      << '\n';
    }
    ctx.err().flush();
    return merged.hasErrors() ? ExitNoMatchOrInputError : ExitOk;
}

} // namespace ekyc::cli
