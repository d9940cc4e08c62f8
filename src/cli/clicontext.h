// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/catalog.h"
#include "core/entrywriter.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTextStream>

#include <optional>

namespace ekyc::cli {

// Exit statuses every command shares; scripts depend on them.
enum ExitCode : int { ExitOk = 0, ExitNoMatchOrInputError = 1, ExitUsage = 2 };

// What every command needs: its parser with the shared options, the streams and the catalog.
class CliContext
{
public:
    CliContext(QString command, const QString &summary);

    QCommandLineParser &parser() { return m_parser; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Parses the command line as main() hands it on ("ekyc-codes COMMAND" for the program, the
    // command word taken out); on --help prints and returns ExitOk, on a usage error prints it
    // and returns ExitUsage, else nullopt.
    std::optional<int> parse(const QStringList &commandLine);
    // The --help text, whose usage line names the command as it is typed
    // ("Usage: ekyc-codes classify [options] FILE..."), not the path the program was started by.
    QString helpText() const;
    // Loads the built-in catalog or --catalog FILE; a broken file is a usage error (exit 2).
    bool loadCatalog();
    const Catalog &catalog() const { return m_catalog; }

    // Validates a --format value against `allowed`; prints the error itself.
    std::optional<QString> format(const QStringList &allowed, const QString &fallback);
    int usageError(const QString &message);

    QCommandLineOption catalogOption;
    QCommandLineOption formatOption;

private:
    QString m_command;
    QCommandLineParser m_parser;
    QTextStream m_out;
    QTextStream m_err;
    Catalog m_catalog;
};

// --format for commands that print catalog rows; defaults to table.
std::optional<EntryFormat> entryFormat(CliContext &ctx, const QStringList &allowed);

} // namespace ekyc::cli
