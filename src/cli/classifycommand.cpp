// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clicontext.h"
#include "commands.h"

#include "core/classifier.h"
#include "core/reportwriter.h"
#include "core/timebins.h"
#include "core/timelinewriter.h"

#include <QCoreApplication>

namespace ekyc::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("cli", text); }
} // namespace

int runClassify(const QStringList &arguments)
{
    CliContext ctx(QStringLiteral("classify"),
                   tr("Find the eKYC error codes in logs: which codes, for which product, how many, and how\n"
                      "many are billable. Reads plain text; .gz, .bz2 and .xz; .zip and tar bundles (.tar, .tgz,\n"
                      ".tar.gz, .tbz2, .txz: every member); '-' for standard input. Told apart by content.\n"
                      "Counts are log events, not billed requests. See docs/classification.md for the rules.\n"
                      "Exit status: 0; 1 when an input could not be read completely; 2 usage error."));
    const QCommandLineOption productOption(
        QStringLiteral("product"),
        tr("The inputs' product (%1); a line's own API action name still wins.").arg(productIdList()),
        QStringLiteral("ID"));
    const QCommandLineOption assumeEkycOption(
        QStringLiteral("assume-ekyc"),
        tr("Every line of the inputs is eKYC traffic (a ticket snippet, a log that holds nothing else): count "
           "codes that would otherwise need an action name, BizToken or the like nearby (not_counted, "
           "no_context). Other services' responses stay not counted."));
    const QCommandLineOption encodingOption(
        QStringLiteral("encoding"),
        tr("auto (default: a BOM decides, else each line is UTF-8 when valid, GB18030 when not), utf-8, utf-16 "
           "(LE without a BOM) or gb18030."),
        QStringLiteral("ENC"));
    const QCommandLineOption dedupeOption(
        QStringLiteral("dedupe"),
        tr("request-id: count an event whose line or record carries a RequestId already seen in this run "
           "once (the same response logged by a gateway and the app, or retried). Memory grows with the "
           "number of distinct request ids."),
        QStringLiteral("KEY"));
    const QCommandLineOption timezoneOption(
        QStringLiteral("timezone"),
        tr("Give times written without a zone this offset (+08:00, -05:00, Z); without it they are taken as "
           "written and bucketed as if UTC."),
        QStringLiteral("OFFSET"));
    const QCommandLineOption sinceOption(
        QStringLiteral("since"),
        tr("Count only events at or after TIME (RFC 3339, 2024-05-01 or 2024-05-01 12:00); the others and "
           "events without a time are counted as outside_time."),
        QStringLiteral("TIME"));
    const QCommandLineOption untilOption(
        QStringLiteral("until"),
        tr("Count only events before TIME (a date alone: before the end of that day)."), QStringLiteral("TIME"));
    const QCommandLineOption bucketOption(
        QStringLiteral("bucket"),
        tr("The timeline's bucket size: 1m, 5m, 15m, 1h, 6h, 1d, 1w or 30d (default: the smallest that "
           "fits the span in 200 buckets)."),
        QStringLiteral("SIZE"));
    const QCommandLineOption timelineOption(
        QStringLiteral("timeline"), tr("With --format table: end with a text histogram of the events over time."));
    ctx.formatOption.setDescription(tr("Output format: table (default), json, jsonl (one event per line) or csv."));
    // For benchmarks and tests: the reference path, and the engine's block size and threads.
    QCommandLineOption everyLineOption(QStringLiteral("scan-every-line"), tr("Scan every line (no prefilter)."));
    QCommandLineOption blockOption(QStringLiteral("block-size"), tr("Bytes per block."), QStringLiteral("BYTES"));
    QCommandLineOption threadsOption(QStringLiteral("threads"), tr("Worker threads."), QStringLiteral("N"));
    for (QCommandLineOption *hidden : {&everyLineOption, &blockOption, &threadsOption})
        hidden->setFlags(QCommandLineOption::HiddenFromHelp);
    ctx.parser().addOptions({productOption, assumeEkycOption, encodingOption, dedupeOption, timezoneOption,
                             sinceOption, untilOption, bucketOption, timelineOption, ctx.formatOption,
                             everyLineOption, blockOption, threadsOption});
    ctx.parser().addPositionalArgument(QStringLiteral("FILE"), tr("Log files; '-' reads standard input."),
                                       QStringLiteral("FILE..."));
    if (const std::optional<int> exit = ctx.parse(arguments))
        return *exit;
    const QStringList files = ctx.parser().positionalArguments();
    if (files.isEmpty())
        return ctx.usageError(tr("classify needs at least one FILE (or '-' for standard input)"));

    ClassifyOptions options;
    if (ctx.parser().isSet(productOption)) {
        options.product = productFromId(ctx.parser().value(productOption));
        if (!options.product)
            return ctx.usageError(tr("unknown product \"%1\" (expected one of: %2)")
                                      .arg(ctx.parser().value(productOption), productIdList()));
    }
    options.assumeEkyc = ctx.parser().isSet(assumeEkycOption);
    const QString encoding = ctx.parser().isSet(encodingOption) ? ctx.parser().value(encodingOption)
                                                                : QStringLiteral("auto");
    static const QHash<QString, Encoding> encodings = {{QStringLiteral("auto"), Encoding::Auto},
                                                       {QStringLiteral("utf-8"), Encoding::Utf8},
                                                       {QStringLiteral("utf-16"), Encoding::Utf16},
                                                       {QStringLiteral("gb18030"), Encoding::Gb18030}};
    if (!encodings.contains(encoding))
        return ctx.usageError(tr("unknown encoding \"%1\" (expected auto, utf-8, utf-16 or gb18030)").arg(encoding));
    options.encoding = encodings.value(encoding);
    if (ctx.parser().isSet(dedupeOption)) {
        if (ctx.parser().value(dedupeOption) != QLatin1String("request-id"))
            return ctx.usageError(tr("--dedupe takes request-id, not \"%1\"").arg(ctx.parser().value(dedupeOption)));
        options.dedupeRequestId = true;
    }

    if (ctx.parser().isSet(timezoneOption)) {
        options.timezoneOffset = timestamps::parseOffset(ctx.parser().value(timezoneOption));
        if (!options.timezoneOffset)
            return ctx.usageError(
                tr("--timezone takes an offset such as +08:00 or Z, not \"%1\"").arg(ctx.parser().value(timezoneOption)));
    }
    for (const auto &[option, endOfDay] : {std::pair{&sinceOption, false}, std::pair{&untilOption, true}}) {
        if (!ctx.parser().isSet(*option))
            continue;
        const std::optional<qint64> bound =
            timestamps::parseBound(ctx.parser().value(*option), endOfDay, options.timezoneOffset);
        if (!bound)
            return ctx.usageError(tr("--%1 takes a time such as 2024-05-01T12:00:00+08:00, 2024-05-01 or "
                                     "\"2024-05-01 12:00\", not \"%2\"")
                                      .arg(option->names().constFirst(), ctx.parser().value(*option)));
        (endOfDay ? options.window.until : options.window.since) = bound;
    }
    if (ctx.parser().isSet(bucketOption)) {
        const std::optional<qint64> size = TimeBins::sizeFromName(ctx.parser().value(bucketOption));
        if (!size)
            return ctx.usageError(tr("--bucket takes 1m, 5m, 15m, 1h, 6h, 1d, 1w or 30d, not \"%1\"")
                                      .arg(ctx.parser().value(bucketOption)));
        options.bucketSize = *size;
    }

    const std::optional<QString> format =
        ctx.format({QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("jsonl"), QStringLiteral("csv")},
                   QStringLiteral("table"));
    if (!format)
        return ExitUsage;
    static const QHash<QString, ReportFormat> formats = {{QStringLiteral("table"), ReportFormat::Table},
                                                         {QStringLiteral("json"), ReportFormat::Json},
                                                         {QStringLiteral("jsonl"), ReportFormat::Jsonl},
                                                         {QStringLiteral("csv"), ReportFormat::Csv}};
    const ReportFormat reportFormat = formats.value(*format);
    options.keepEvents = reportFormat == ReportFormat::Jsonl;
    options.keepFileDetails = false; // the writers print each file's summary (and JSONL its events)
    options.scanEveryLine = ctx.parser().isSet(everyLineOption);
    if (ctx.parser().isSet(blockOption))
        options.blockSize = ctx.parser().value(blockOption).toLongLong();
    if (ctx.parser().isSet(threadsOption))
        options.threads = ctx.parser().value(threadsOption).toInt();
    if (!ctx.loadCatalog())
        return ExitUsage;

    const Classifier classifier(ctx.catalog());
    QStringList errors; // "path: error", printed after the report
    auto noteError = [&errors](const FileResult &file) {
        if (!file.summary.error.isEmpty())
            errors.append(file.summary.path + QLatin1String(": ") + file.summary.error);
    };
    Report report;
    if (ReportStreamWriter::canStream(reportFormat)) {
        // JSON and JSONL begin with the inputs: each is written as it is classified, none is held.
        ReportStreamWriter writer(ctx.out(), reportFormat, classifier.emptyReport());
        report = classifier.run(files, options, [&](const FileResult &file) {
            writer.addFile(file);
            noteError(file);
        });
        writer.finish(report);
    } else {
        report = classifier.run(files, options);
        writeReport(ctx.out(), report, ctx.catalog(), reportFormat, ctx.parser().isSet(timelineOption));
        for (const FileResult &f : report.files)
            noteError(f);
    }
    ctx.out().flush();
    const TimeBins &bins = report.timeline.bins;
    if (bins.fixedSize() && !bins.isEmpty() && bins.bucketSize() != bins.fixedSize())
        ctx.err() << QCoreApplication::applicationName() << ": "
                  << tr("--bucket %1 would make more than %2 buckets from %3 to %4; %5 buckets are used")
                         .arg(TimeBins::sizeName(bins.fixedSize()), QString::number(TimeBins::MaxUserBuckets),
                              timelineInstantText(report.timeline, bins.first()),
                              timelineInstantText(report.timeline, bins.last()), TimeBins::sizeName(bins.bucketSize()))
                  << '\n';
    for (const QString &error : errors)
        ctx.err() << QCoreApplication::applicationName() << ": " << error << '\n';
    return errors.isEmpty() ? ExitOk : ExitNoMatchOrInputError;
}

} // namespace ekyc::cli
