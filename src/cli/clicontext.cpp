// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clicontext.h"

#include "core/catalogloader.h"

#include <QCoreApplication>

#include <cstdio>

namespace ekyc::cli {

CliContext::CliContext(QString command, const QString &summary)
    : catalogOption(QStringLiteral("catalog"),
                    QCoreApplication::translate("cli", "Use the catalog JSON in FILE instead of the built-in one."),
                    QStringLiteral("FILE"))
    , formatOption(QStringLiteral("format"), QCoreApplication::translate("cli", "Output format: %1."), QStringLiteral("FORMAT"))
    , m_command(std::move(command))
    , m_out(stdout)
    , m_err(stderr)
{
    m_parser.setApplicationDescription(summary);
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOption(catalogOption);
}

std::optional<int> CliContext::parse(const QStringList &commandLine)
{
    if (!m_parser.parse(commandLine))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << helpText();
        m_out.flush();
        return ExitOk;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        m_out.flush();
        return ExitOk;
    }
    return std::nullopt;
}

QString CliContext::helpText() const
{
    // QCommandLineParser starts its usage line with argv[0] (e.g. build/dev/src/cli/ekyc-codes).
    QString text = m_parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && at < text.indexOf(QLatin1Char('\n')))
        text.replace(at, program.size(), QCoreApplication::applicationName() + QLatin1Char(' ') + m_command);
    return text;
}

bool CliContext::loadCatalog()
{
    if (!m_parser.isSet(catalogOption)) {
        m_catalog = CatalogLoader::builtIn();
        return true;
    }
    QString error;
    std::optional<Catalog> catalog = CatalogLoader::fromFile(m_parser.value(catalogOption), &error);
    if (!catalog) {
        m_err << QCoreApplication::applicationName() << ": " << error << '\n';
        m_err.flush();
        return false;
    }
    m_catalog = std::move(*catalog);
    return true;
}

std::optional<QString> CliContext::format(const QStringList &allowed, const QString &fallback)
{
    const QString value = m_parser.isSet(formatOption) ? m_parser.value(formatOption) : fallback;
    if (!allowed.contains(value)) {
        usageError(QCoreApplication::translate("cli", "unknown format \"%1\" (expected one of: %2)")
                       .arg(value, allowed.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return value;
}

int CliContext::usageError(const QString &message)
{
    m_err << QCoreApplication::applicationName() << ": " << message << '\n'
          << QCoreApplication::translate("cli", "Try '%1 %2 --help'.")
                 .arg(QCoreApplication::applicationName(), m_command)
          << '\n';
    m_err.flush();
    return ExitUsage;
}

std::optional<EntryFormat> entryFormat(CliContext &ctx, const QStringList &allowed)
{
    const std::optional<QString> format = ctx.format(allowed, QStringLiteral("table"));
    if (!format)
        return std::nullopt;
    if (*format == QLatin1String("json"))
        return EntryFormat::Json;
    if (*format == QLatin1String("csv"))
        return EntryFormat::Csv;
    return EntryFormat::Table;
}

} // namespace ekyc::cli
