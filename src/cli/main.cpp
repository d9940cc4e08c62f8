// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// ekyc-codes: look up Tencent Cloud eKYC error codes and classify logs, offline.
#include "clicontext.h"
#include "commands.h"
#include "core/memorysetup.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace {

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &);
};

constexpr Command commands[] = {
    {"list", QT_TRANSLATE_NOOP("cli", "list the catalog's codes (--product, --billable, --format)"), ekyc::cli::runList},
    {"lookup", QT_TRANSLATE_NOOP("cli", "find a code or words in every product, best match first"), ekyc::cli::runLookup},
    {"classify", QT_TRANSLATE_NOOP("cli", "count the codes in logs (plain, .gz, .bz2, .xz, .zip, tar, '-')"), ekyc::cli::runClassify},
    {"merge", QT_TRANSLATE_NOOP("cli", "sum JSON reports of classify (or merge) runs into one"), ekyc::cli::runMerge},
    {"catalog", QT_TRANSLATE_NOOP("cli", "export (--export), check (--check), import the page (--from-page), compare (--diff)"), ekyc::cli::runCatalog},
};

// Output that could not be written (a full disk, stdout on /dev/full) is an error, never a
// silent success: a report cut short must not pass for a whole one. The commands' text streams
// are flushed into stdio when they return; this flushes stdio and looks at what happened.
int checkOutputWritten(int status)
{
    if (std::fflush(stdout) == 0 && !std::ferror(stdout))
        return status;
    const int error = errno;
    QTextStream(stderr) << QCoreApplication::applicationName() << ": "
                        << QCoreApplication::translate("cli", "cannot write the output: %1")
                               .arg(QString::fromLocal8Bit(std::strerror(error)))
                        << '\n';
    return status == ekyc::cli::ExitOk ? ekyc::cli::ExitNoMatchOrInputError : status;
}

QString generalHelp()
{
    QString text = QCoreApplication::translate("cli",
        "Usage: ekyc-codes COMMAND [options]\n\n"
        "Look up Tencent Cloud eKYC error codes and their billing, offline.\n\n"
        "Commands:\n");
    for (const Command &c : commands)
        text += QStringLiteral("  %1  %2\n").arg(QString::fromLatin1(c.name).leftJustified(10),
                                                QCoreApplication::translate("cli", c.summary));
    text += QCoreApplication::translate("cli",
        "\nOptions for every command:\n"
        "  --catalog FILE  use this catalog JSON instead of the built-in one\n"
        "  -h, --help      help for the command\n"
        "  -v, --version   the program's version\n\n"
        "Exit status: 0 success, 1 nothing matched or an input could not be read, 2 usage error.\n"
        "Run 'ekyc-codes COMMAND --help' for a command's options.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    ekyc::setUpMemory();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ekyc-codes"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EKYC_VERSION));

    QStringList arguments = app.arguments();
    // The command is the first word after the program that is not an option or the value of --catalog.
    qsizetype commandAt = -1;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--catalog")) {
            ++i;
            continue;
        }
        if (!arg.startsWith(QLatin1Char('-'))) {
            commandAt = i;
            break;
        }
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (commandAt < 0) {
        if (arguments.contains(QLatin1String("--version")) || arguments.contains(QLatin1String("-v"))) {
            out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
            return ekyc::cli::ExitOk;
        }
        if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
            out << generalHelp();
            return ekyc::cli::ExitOk;
        }
        err << generalHelp();
        return ekyc::cli::ExitUsage;
    }
    // Each command's parser takes the command line with "ekyc-codes COMMAND" for the program,
    // made in place: a folder's 10,000 names are not copied (docs/performance.md, session 14).
    const QString name = arguments.takeAt(commandAt);
    arguments.first() = QCoreApplication::applicationName() + QLatin1Char(' ') + name;
    for (const Command &c : commands) {
        if (name == QLatin1String(c.name))
            return checkOutputWritten(c.run(arguments));
    }
    err << QCoreApplication::translate("cli", "ekyc-codes: unknown command \"%1\"").arg(name) << "\n\n" << generalHelp();
    return ekyc::cli::ExitUsage;
}
