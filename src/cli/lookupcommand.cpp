// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clicontext.h"
#include "commands.h"

#include "core/entrywriter.h"
#include "core/search.h"

#include <QCoreApplication>

namespace ekyc::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("cli", text); }
} // namespace

int runLookup(const QStringList &arguments)
{
    CliContext ctx(QStringLiteral("lookup"),
                   tr("Show every row whose code or description matches CODE|TEXT (case-insensitive),\n"
                      "best first: exact code, code prefix, text in the code, text in the description.\n"
                      "Exit status 1 when nothing matches."));
    ctx.formatOption.setDescription(tr("Output format: table (default) or json."));
    ctx.parser().addOption(ctx.formatOption);
    ctx.parser().addPositionalArgument(QStringLiteral("CODE|TEXT"), tr("A code such as 2015, or words to find."));
    if (const std::optional<int> exit = ctx.parse(arguments))
        return *exit;
    const QString query = ctx.parser().positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty())
        return ctx.usageError(tr("lookup needs a CODE or TEXT to look for"));
    const std::optional<EntryFormat> format = entryFormat(ctx, {QStringLiteral("table"), QStringLiteral("json")});
    if (!format)
        return ExitUsage;
    if (!ctx.loadCatalog())
        return ExitUsage;

    QList<qsizetype> rows;
    for (const SearchHit &hit : search(ctx.catalog(), query))
        rows.append(hit.row);
    if (rows.isEmpty()) {
        ctx.err() << QCoreApplication::applicationName() << ": "
                  << tr("no code or description matches \"%1\"").arg(query) << '\n';
        return ExitNoMatchOrInputError;
    }
    ctx.out() << writeEntries(ctx.catalog(), rows, *format);
    return ExitOk;
}

} // namespace ekyc::cli
