// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Runs the built ekyc-codes (EKYC_CLI_PATH) as a user or a script would; shared by the CLI tests.

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtGlobal>

struct Run
{
    int exitCode = -1; // -1: the program crashed
    QByteArray out;
    QByteArray err;
};

// `input` goes to its standard input; `workDir` empty: the test's own folder.
inline Run runCli(const QStringList &args, const QByteArray &input = {}, const QString &workDir = {})
{
    QProcess p;
    p.setWorkingDirectory(workDir);
    p.start(QStringLiteral(EKYC_CLI_PATH), args);
    p.write(input);
    p.closeWriteChannel();
    // Generous: under ASan on a loaded 2-core machine one run has taken over a minute.
    if (!p.waitForFinished(240000))
        qFatal("ekyc-codes did not finish");
    return Run { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        p.readAllStandardError() };
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}
