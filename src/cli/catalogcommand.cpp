// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clicontext.h"
#include "commands.h"

#include "core/atomicfile.h"
#include "core/boundedread.h"
#include "core/catalogdiff.h"
#include "core/catalogdiffwriter.h"
#include "core/catalogloader.h"
#include "core/catalogwriter.h"
#include "core/pageimporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace ekyc::cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("cli", text); }

// Writes the built-in catalog JSON byte for byte: the same file the converter generated from
// the seed, so a diff against a later edit shows only the edit.
int exportBuiltIn(CliContext &ctx, const QString &path, bool force)
{
    const QByteArray json = CatalogLoader::builtInJson();
    if (path == QLatin1String("-")) {
        if (std::fwrite(json.constData(), 1, size_t(json.size()), stdout) != size_t(json.size())
            || std::fflush(stdout) != 0) {
            ctx.err() << QCoreApplication::applicationName() << ": " << tr("cannot write to standard output") << '\n';
            return ExitNoMatchOrInputError;
        }
        return ExitOk;
    }
    // A catalog someone has been editing is work; replacing it takes a deliberate --force.
    if (QFileInfo::exists(path) && !force)
        return ctx.usageError(tr("%1: already exists; add --force to replace it").arg(path));
    if (QFileInfo(path).isDir())
        return ctx.usageError(tr("%1: is a directory").arg(path));
    // Atomic: the new file appears whole, or the old one (if any) stays as it was.
    const QString error = writeFileAtomically(path, json);
    if (!error.isEmpty()) {
        ctx.err() << QCoreApplication::applicationName() << ": " << tr("%1: cannot write: %2").arg(path, error)
                  << '\n';
        return ExitNoMatchOrInputError;
    }
    const Catalog catalog = CatalogLoader::builtIn();
    ctx.err() << tr("%1: built-in catalog written, %2 rows, updated %3").arg(path).arg(catalog.size()).arg(catalog.updated())
              << '\n';
    return ExitOk;
}

int check(CliContext &ctx, const QStringList &paths)
{
    int status = ExitOk;
    for (const QString &path : paths) {
        QString error;
        const std::optional<Catalog> catalog = CatalogLoader::fromFile(path, &error);
        if (!catalog) {
            // The loader's message names the file and the problem.
            ctx.err() << QCoreApplication::applicationName() << ": " << error << '\n';
            status = ExitUsage;
            continue;
        }
        ctx.out() << tr("%1: valid, %2 rows, updated %3").arg(path).arg(catalog->size()).arg(catalog->updated()) << '\n';
    }
    return status;
}

// --from-page: the page's text to catalog JSON, on stdout or atomically into --output.
int fromPage(
    CliContext &ctx, const QString &pagePath, const QString &updated, const QStringList &maps, const QString &output)
{
    Catalog base;
    if (ctx.parser().isSet(ctx.catalogOption)) {
        if (!ctx.loadCatalog())
            return ExitUsage;
        base = ctx.catalog();
    } else {
        base = CatalogLoader::builtIn();
    }
    PageImporter importer(base);
    for (const QString &map : maps) {
        const qsizetype at = map.lastIndexOf(QLatin1Char('='));
        const std::optional<Product> product = at > 0 ? productFromId(QStringView(map).mid(at + 1)) : std::nullopt;
        if (!product) {
            return ctx.usageError(
                tr("--map takes 'HEADING=PRODUCT' with PRODUCT one of %1, not \"%2\"").arg(productIdList(), map));
        }
        importer.mapHeading(map.left(at), *product);
    }
    if (!updated.isEmpty()) {
        if (!PageImporter::isDate(updated))
            return ctx.usageError(tr("--updated takes a date YYYY-MM-DD, not \"%1\"").arg(updated));
        importer.setUpdated(updated);
    }

    QFile file(pagePath);
    if (QFileInfo(pagePath).isDir() || !file.open(QIODevice::ReadOnly)) {
        ctx.err() << QCoreApplication::applicationName() << ": "
                  << tr("%1: cannot open: %2")
                         .arg(pagePath, QFileInfo(pagePath).isDir() ? tr("is a directory") : file.errorString())
                  << '\n';
        return ExitUsage;
    }
    if (file.size() > CatalogLoader::MaxFileBytes) {
        ctx.err() << QCoreApplication::applicationName() << ": " << tr("%1: too large for a page").arg(pagePath)
                  << '\n';
        return ExitUsage;
    }
    const std::optional<Catalog> catalog = importer.import(file.readAll());
    if (!catalog) {
        // FILE:LINE: message, as compilers say it, so an editor can jump to the line.
        const QString where
            = importer.errorLine() > 0 ? pagePath + QLatin1Char(':') + QString::number(importer.errorLine()) : pagePath;
        ctx.err() << QCoreApplication::applicationName() << ": " << where << ": " << importer.errorMessage() << '\n';
        return ExitUsage;
    }
    const QByteArray json = CatalogWriter::toJson(*catalog);
    if (output.isEmpty() || output == QLatin1String("-")) {
        ctx.out().flush();
        if (std::fwrite(json.constData(), 1, size_t(json.size()), stdout) != size_t(json.size())
            || std::fflush(stdout) != 0) {
            ctx.err() << QCoreApplication::applicationName() << ": " << tr("cannot write to standard output") << '\n';
            return ExitNoMatchOrInputError;
        }
    } else {
        if (QFileInfo(output).isDir())
            return ctx.usageError(tr("%1: is a directory").arg(output));
        const QString error = writeFileAtomically(output, json);
        if (!error.isEmpty()) {
            ctx.err() << QCoreApplication::applicationName() << ": " << tr("%1: cannot write: %2").arg(output, error)
                      << '\n';
            return ExitNoMatchOrInputError;
        }
    }
    const CatalogDiff diff(base, *catalog);
    ctx.err() << tr("%1: %2 rows, updated %3; against the base catalog (%4): %5")
                     .arg(output.isEmpty() ? tr("catalog") : output)
                     .arg(catalog->size())
                     .arg(catalog->updated(), base.updated(),
                         diff.isEmpty() ? tr("no changes") : CatalogDiffWriter::summary(diff))
              << '\n';
    return ExitOk;
}

// A catalog for --diff: "builtin", "-" (standard input) or a file.
std::optional<Catalog> diffSide(CliContext &ctx, const QString &name)
{
    if (name == QLatin1String("builtin"))
        return CatalogLoader::builtIn();
    QString error;
    std::optional<Catalog> catalog;
    if (name == QLatin1String("-")) {
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly))
            catalog = CatalogLoader::fromJson(readBounded(in, CatalogLoader::MaxFileBytes), tr("standard input"), &error);
        else
            error = tr("cannot read standard input");
    } else {
        catalog = CatalogLoader::fromFile(name, &error);
    }
    if (!catalog)
        ctx.err() << QCoreApplication::applicationName() << ": " << error << '\n';
    return catalog;
}

int diff(CliContext &ctx, const QStringList &names)
{
    if (names.size() != 2)
        return ctx.usageError(tr("--diff takes two catalogs, OLD and NEW (a file, '-' or builtin)"));
    const std::optional<QString> format = ctx.format(
        { QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv") }, QStringLiteral("table"));
    if (!format)
        return ExitUsage;
    const std::optional<Catalog> oldCatalog = diffSide(ctx, names.at(0));
    if (!oldCatalog)
        return ExitUsage;
    const std::optional<Catalog> newCatalog = diffSide(ctx, names.at(1));
    if (!newCatalog)
        return ExitUsage;
    const CatalogDiff diff(*oldCatalog, *newCatalog);
    const CatalogDiffWriter::Format f = *format == QLatin1String("json") ? CatalogDiffWriter::Format::Json
        : *format == QLatin1String("csv")                                ? CatalogDiffWriter::Format::Csv
                                                                         : CatalogDiffWriter::Format::Table;
    ctx.out() << CatalogDiffWriter::write(diff, f);
    ctx.out().flush();
    // As diff(1): 0 the same, 1 different, 2 trouble.
    return diff.isEmpty() ? ExitOk : ExitNoMatchOrInputError;
}

} // namespace

int runCatalog(const QStringList &arguments)
{
    CliContext ctx(QStringLiteral("catalog"),
        tr("Export the built-in catalog JSON as a starting point for edits, or check a catalog file.\n"
           "--check prints \"FILE: valid, N rows, updated DATE\" (exit status 0) or the problem\n"
           "(exit status 2). A checked file can then be given to any command with --catalog FILE,\n"
           "or loaded in the window with File > Load Catalog.\n"
           "--from-page makes a catalog from the text of the published error-code page (copied from a\n"
           "browser); titles, actions and categories come from the built-in catalog or --catalog FILE.\n"
           "--diff OLD NEW shows the codes added and removed, billing and descriptions changed\n"
           "(exit status 0 equal, 1 different, 2 a catalog could not be read)."));
    const QCommandLineOption exportOption(
        QStringLiteral("export"),
        tr("Write the built-in catalog JSON to FILE ('-': standard output), atomically. An existing FILE is "
           "kept unless --force is given."),
        QStringLiteral("FILE"));
    const QCommandLineOption forceOption(QStringLiteral("force"), tr("With --export: replace FILE if it exists."));
    const QCommandLineOption checkOption(QStringLiteral("check"),
                                         tr("Validate the catalog JSON in FILE (may be given more than once)."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption fromPageOption(QStringLiteral("from-page"),
        tr("Make a catalog from the error-code page's text in FILE (as a browser copies it; CRLF or LF)."),
        QStringLiteral("FILE"));
    const QCommandLineOption updatedOption(QStringLiteral("updated"),
        tr("With --from-page: the catalog's date instead of the page's \"last updated\"."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption mapOption(QStringLiteral("map"),
        tr("With --from-page: take the table headed HEADING as PRODUCT's (common, h5, app_sdk, api, idv_sdk); "
           "for a renamed heading. May be repeated."),
        QStringLiteral("HEADING=PRODUCT"));
    const QCommandLineOption outputOption(QStringLiteral("output"),
        tr("With --from-page: write the catalog to FILE atomically (replacing it) instead of standard output."),
        QStringLiteral("FILE"));
    const QCommandLineOption diffOption(
        QStringLiteral("diff"), tr("Compare two catalogs, OLD and NEW: each a file, '-' or builtin."));
    ctx.formatOption.setDescription(tr("With --diff: output format, table (default), json or csv."));
    ctx.parser().addOptions({ exportOption, forceOption, checkOption, fromPageOption, updatedOption, mapOption,
        outputOption, diffOption, ctx.formatOption });
    if (const std::optional<int> exit = ctx.parse(arguments))
        return *exit;
    const bool exporting = ctx.parser().isSet(exportOption);
    const bool checking = ctx.parser().isSet(checkOption);
    const bool importing = ctx.parser().isSet(fromPageOption);
    const bool diffing = ctx.parser().isSet(diffOption);
    if (ctx.parser().isSet(ctx.catalogOption) && !importing)
        return ctx.usageError(tr("catalog takes the file to check with --check FILE, not --catalog"));
    if (int(exporting) + int(checking) + int(importing) + int(diffing) != 1)
        return ctx.usageError(
            tr("catalog needs exactly one of --export FILE, --check FILE, --from-page FILE and --diff OLD NEW"));
    if (!diffing && !ctx.parser().positionalArguments().isEmpty())
        return ctx.usageError(tr("unexpected argument \"%1\"").arg(ctx.parser().positionalArguments().constFirst()));
    for (const QCommandLineOption *option : { &updatedOption, &mapOption, &outputOption }) {
        if (ctx.parser().isSet(*option) && !importing)
            return ctx.usageError(tr("--%1 only applies to --from-page").arg(option->names().constFirst()));
    }
    if (ctx.parser().isSet(ctx.formatOption) && !diffing)
        return ctx.usageError(tr("--format only applies to --diff"));
    if (diffing)
        return diff(ctx, ctx.parser().positionalArguments());
    if (importing) {
        const QStringList pages = ctx.parser().values(fromPageOption);
        const QStringList outputs = ctx.parser().values(outputOption);
        const QStringList dates = ctx.parser().values(updatedOption);
        if (pages.size() > 1 || outputs.size() > 1 || dates.size() > 1)
            return ctx.usageError(tr("--from-page, --output and --updated each take one value"));
        return fromPage(ctx, pages.constFirst(), dates.value(0), ctx.parser().values(mapOption), outputs.value(0));
    }
    if (ctx.parser().isSet(forceOption) && !exporting)
        return ctx.usageError(tr("--force only applies to --export"));
    if (exporting) {
        const QStringList targets = ctx.parser().values(exportOption);
        if (targets.size() > 1)
            return ctx.usageError(tr("--export takes one FILE"));
        return exportBuiltIn(ctx, targets.constFirst(), ctx.parser().isSet(forceOption));
    }
    return check(ctx, ctx.parser().values(checkOption));
}

} // namespace ekyc::cli
