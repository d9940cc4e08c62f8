// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clicontext.h"
#include "commands.h"

#include "core/classifier.h"
#include "core/reportwriter.h"

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
    ctx.formatOption.setDescription(tr("Output format: table (default), json, jsonl (one event per line) or csv."));
    // For benchmarks and tests: the reference path, and the engine's block size and threads.
    QCommandLineOption everyLineOption(QStringLiteral("scan-every-line"), tr("Scan every line (no prefilter)."));
    QCommandLineOption blockOption(QStringLiteral("block-size"), tr("Bytes per block."), QStringLiteral("BYTES"));
    QCommandLineOption threadsOption(QStringLiteral("threads"), tr("Worker threads."), QStringLiteral("N"));
    for (QCommandLineOption *hidden : {&everyLineOption, &blockOption, &threadsOption})
        hidden->setFlags(QCommandLineOption::HiddenFromHelp);
    ctx.parser().addOptions({productOption, assumeEkycOption, encodingOption, dedupeOption, ctx.formatOption,
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
    options.scanEveryLine = ctx.parser().isSet(everyLineOption);
    if (ctx.parser().isSet(blockOption))
        options.blockSize = ctx.parser().value(blockOption).toLongLong();
    if (ctx.parser().isSet(threadsOption))
        options.threads = ctx.parser().value(threadsOption).toInt();
    if (!ctx.loadCatalog())
        return ExitUsage;

    const Classifier classifier(ctx.catalog());
    const Report report = classifier.run(files, options);
    writeReport(ctx.out(), report, ctx.catalog(), reportFormat);
    ctx.out().flush();
    for (const FileResult &f : report.files) {
        if (!f.summary.error.isEmpty())
            ctx.err() << QCoreApplication::applicationName() << ": " << f.summary.path << ": " << f.summary.error
                      << '\n';
    }
    return report.hasErrors() ? ExitNoMatchOrInputError : ExitOk;
}

} // namespace ekyc::cli
