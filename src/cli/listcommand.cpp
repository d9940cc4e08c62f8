// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clicontext.h"
#include "commands.h"

#include "core/entrywriter.h"

#include <QCoreApplication>

namespace ekyc::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("cli", text); }
} // namespace

int runList(const QStringList &arguments)
{
    CliContext ctx(QStringLiteral("list"), tr("List the catalog's error codes in the page's order."));
    const QCommandLineOption productOption(QStringLiteral("product"),
                                           tr("Only the table of product ID (%1).").arg(productIdList()),
                                           QStringLiteral("ID"));
    const QCommandLineOption billableOption(QStringLiteral("billable"), tr("Only billable (yes) or not billable (no) codes."),
                                            QStringLiteral("yes|no"));
    ctx.formatOption.setDescription(tr("Output format: table (default), json or csv."));
    ctx.parser().addOptions({productOption, billableOption, ctx.formatOption});
    if (const std::optional<int> exit = ctx.parse(arguments))
        return *exit;
    if (!ctx.parser().positionalArguments().isEmpty())
        return ctx.usageError(tr("unexpected argument \"%1\"").arg(ctx.parser().positionalArguments().constFirst()));

    std::optional<Product> product;
    if (ctx.parser().isSet(productOption)) {
        product = productFromId(ctx.parser().value(productOption));
        if (!product)
            return ctx.usageError(tr("unknown product \"%1\" (expected one of: %2)")
                                      .arg(ctx.parser().value(productOption), productIdList()));
    }
    std::optional<bool> billable;
    if (ctx.parser().isSet(billableOption)) {
        const QString value = ctx.parser().value(billableOption);
        if (value != QLatin1String("yes") && value != QLatin1String("no"))
            return ctx.usageError(tr("--billable takes yes or no, not \"%1\"").arg(value));
        billable = value == QLatin1String("yes");
    }
    const std::optional<EntryFormat> format =
        entryFormat(ctx, {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")});
    if (!format)
        return ExitUsage;
    if (!ctx.loadCatalog())
        return ExitUsage;

    QList<qsizetype> rows;
    for (qsizetype row = 0; row < ctx.catalog().size(); ++row) {
        const CodeEntry &e = ctx.catalog().at(row);
        if ((!product || e.product == *product) && (!billable || e.billable == *billable))
            rows.append(row);
    }
    ctx.out() << writeEntries(ctx.catalog(), rows, *format);
    return ExitOk;
}

} // namespace ekyc::cli
