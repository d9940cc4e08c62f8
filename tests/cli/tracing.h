// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Running a program under strace, and reading what it did from the trace: shared by the
// privacy tests of the CLI (tst_privacy) and of the window (tst_privacy_gui).
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringList>

namespace tracing {

inline QString strace()
{
    return QStandardPaths::findExecutable(QStringLiteral("strace"));
}

struct Traced
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QStringList trace;
};

// Network calls, and every call that can write, create, rename or remove a file or folder.
// -y prints the folder behind a descriptor (openat(3</some/dir>, "name", ...)).
inline QString traceSet()
{
    return QStringLiteral("trace=%network,open,openat,creat,rename,renameat,renameat2,unlink,unlinkat,truncate,"
                          "mkdir,mkdirat,link,linkat,symlink,symlinkat");
}

inline Traced runTraced(const QString &traceFile, const QString &program, const QStringList &args,
    const QProcessEnvironment &base = QProcessEnvironment::systemEnvironment(), const QString &workingDir = QString())
{
    QProcess p;
    QProcessEnvironment env = base;
    // LeakSanitizer cannot work under ptrace: in a sanitizer build, leaks are left to the
    // other tests.
    const QString asan = env.value(QStringLiteral("ASAN_OPTIONS"));
    env.insert(QStringLiteral("ASAN_OPTIONS"),
        (asan.isEmpty() ? QString() : asan + QLatin1Char(':')) + QStringLiteral("detect_leaks=0"));
    p.setProcessEnvironment(env);
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(strace(),
        QStringList { QStringLiteral("-f"), QStringLiteral("-q"), QStringLiteral("-y"), QStringLiteral("-e"),
            traceSet(), QStringLiteral("-o"), traceFile, program }
            + args);
    Traced t;
    t.finished = p.waitForFinished(120000);
    if (!t.finished) {
        p.kill();
        p.waitForFinished(10000);
    } else if (p.exitStatus() == QProcess::NormalExit) {
        t.exitCode = p.exitCode();
    }
    t.out = p.readAllStandardOutput();
    t.err = p.readAllStandardError();
    QFile file(traceFile);
    if (file.open(QIODevice::ReadOnly))
        t.trace = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return t;
}

// strace lines that show an internet socket or a connection to an internet address.
inline QStringList networkLines(const QStringList &trace)
{
    static const QRegularExpression internet(QStringLiteral("socket\\(AF_INET6?[,)]|sa_family=AF_INET6?[,}]"));
    QStringList out;
    for (const QString &line : trace) {
        if (line.contains(internet))
            out << line;
    }
    return out;
}

// strace lines that show a file opened for writing, created, linked, renamed, removed or
// truncated, or a folder made; failed attempts included.
inline QStringList writeLines(const QStringList &trace)
{
    static const QRegularExpression writing(
        QStringLiteral("^\\d+\\s+(?:open|openat)\\(.*(?:O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_TMPFILE)|"
                       "^\\d+\\s+(?:creat|rename|renameat2?|unlink|unlinkat|truncate|mkdir|mkdirat|link|linkat|"
                       "symlink|symlinkat)\\("));
    QStringList out;
    for (const QString &line : trace) {
        if (line.contains(writing))
            out << line;
    }
    return out;
}

// Why tracing cannot be used here (strace missing, or ptrace forbidden as in some containers),
// or an empty string; `dir` holds the probe's trace.
inline QString unavailableReason(const QString &dir)
{
    if (strace().isEmpty())
        return QStringLiteral("strace is not installed (tools/install-deps.sh build installs it)");
    const Traced probe = runTraced(dir + QStringLiteral("/probe.trace"), QStringLiteral("/bin/true"), {});
    if (!probe.finished || probe.exitCode != 0)
        return QStringLiteral("strace cannot trace here: ") + QString::fromLocal8Bit(probe.err);
    return {};
}

// The paths a write line names, absolute: a relative name is taken in the folder of the
// descriptor before it (-y), or in `workingDir` for the calls without one. Both names of a
// rename or link count; a link from a descriptor (QSaveFile writes a file opened with
// O_TMPFILE, then links /proc/self/fd/N in) names the file it makes.
inline QStringList writtenPaths(const QString &line, const QString &workingDir)
{
    static const QRegularExpression arg(QStringLiteral("(?:(?:AT_FDCWD|\\d+)<([^>]*)>, )?\"((?:[^\"\\\\]|\\\\.)*)\""));
    QStringList out;
    for (auto it = arg.globalMatch(line, line.indexOf(QLatin1Char('('))); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(2);
        if (name.startsWith(QLatin1String("/proc/self/fd/")))
            continue;
        const QString folder = m.captured(1).isEmpty() ? workingDir : m.captured(1);
        out << QDir::cleanPath(name.startsWith(QLatin1Char('/')) ? name : folder + QLatin1Char('/') + name);
    }
    return out;
}

// Whether `path` (as writtenPaths() gives it) is fontconfig's cache of the machine's fonts,
// which a program that draws text writes when it starts on a machine whose cache is empty or
// stale (as root the system's, /var/cache/fontconfig; else the user's, ~/.cache/fontconfig or
// ~/.fontconfig): a file <32 hex digits>-<arch>.cache-<version> or CACHEDIR.TAG, or the .TMP-X,
// .LCK and .NEW names it writes them under, in a folder named fontconfig or .fontconfig; or
// such a folder made. Any other name, or such a name in any other folder, is not.
inline bool isFontCache(const QString &path)
{
    static const QRegularExpression cacheFile(QStringLiteral(
        "^(?:[0-9a-f]{32}-[a-z0-9]+\\.cache-[0-9]+|CACHEDIR\\.TAG)(?:\\.NEW|\\.LCK|\\.TMP-[A-Za-z0-9]+)?$"));
    const QFileInfo info(path);
    const QString name = info.fileName();
    const QString folder = QFileInfo(info.path()).fileName();
    if (folder == QLatin1String("fontconfig") || folder == QLatin1String(".fontconfig"))
        return cacheFile.match(name).hasMatch();
    return (name == QLatin1String("fontconfig")
               && (folder == QLatin1String("cache") || folder == QLatin1String(".cache")))
        || name == QLatin1String(".fontconfig");
}

} // namespace tracing
