// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clicontext.h"
#include "commands.h"

#include "core/atomicfile.h"
#include "core/catalogloader.h"

#include <QCoreApplication>
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

} // namespace

int runCatalog(const QStringList &arguments)
{
    CliContext ctx(QStringLiteral("catalog"),
                   tr("Export the built-in catalog JSON as a starting point for edits, or check a catalog file.\n"
                      "--check prints \"FILE: valid, N rows, updated DATE\" (exit status 0) or the problem\n"
                      "(exit status 2). A checked file can then be given to any command with --catalog FILE,\n"
                      "or loaded in the window with File > Load Catalog."));
    const QCommandLineOption exportOption(
        QStringLiteral("export"),
        tr("Write the built-in catalog JSON to FILE ('-': standard output), atomically. An existing FILE is "
           "kept unless --force is given."),
        QStringLiteral("FILE"));
    const QCommandLineOption forceOption(QStringLiteral("force"), tr("With --export: replace FILE if it exists."));
    const QCommandLineOption checkOption(QStringLiteral("check"),
                                         tr("Validate the catalog JSON in FILE (may be given more than once)."),
                                         QStringLiteral("FILE"));
    ctx.parser().addOptions({exportOption, forceOption, checkOption});
    if (const std::optional<int> exit = ctx.parse(arguments))
        return *exit;
    if (!ctx.parser().positionalArguments().isEmpty())
        return ctx.usageError(tr("unexpected argument \"%1\"").arg(ctx.parser().positionalArguments().constFirst()));
    if (ctx.parser().isSet(ctx.catalogOption))
        return ctx.usageError(tr("catalog takes the file to check with --check FILE, not --catalog"));
    const bool exporting = ctx.parser().isSet(exportOption);
    const bool checking = ctx.parser().isSet(checkOption);
    if (exporting == checking)
        return ctx.usageError(tr("catalog needs exactly one of --export FILE and --check FILE"));
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
