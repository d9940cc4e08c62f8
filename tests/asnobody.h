// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Running a program as user nobody (setpriv, util-linux): the tests run as root in CI, and
// root reads and writes every file, so a folder's permissions stop only another user.
// Nobody may not reach the build's binaries or the source tree's data: a clone in root's home
// (mode 0700) or in a `mktemp -d` folder is closed to other users. So nobody runs a copy of
// the program, with copies of the data it reads, in a folder of their own that everyone may
// enter. A binary needs nothing else: the project's libraries are static, and Qt and the C
// libraries come from the system (ldd shows no library of the build tree).
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>

namespace asnobody {

inline QString setpriv()
{
    return QStandardPaths::findExecutable(QStringLiteral("setpriv"));
}

// setpriv's arguments that run `program` with `args` as nobody (uid and gid 65534, no groups).
inline QStringList setprivArgs(const QString &program, const QStringList &args)
{
    return QStringList { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
        QStringLiteral("--clear-groups"), program }
    + args;
}

// Whether a user who is neither owner nor in the group may enter every folder down to `path`.
inline bool othersCanEnter(const QString &path)
{
    for (QDir dir(QFileInfo(path).absoluteFilePath());; dir.setPath(QFileInfo(dir.path()).path())) {
        if (!QFileInfo(dir.path()).permission(QFileDevice::ExeOther))
            return false;
        if (dir.isRoot())
            return true;
    }
}

// A temporary folder that everyone may enter and read, holding copies of programs and files.
class Copies
{
public:
    Copies()
        : m_dir(folderTemplate())
    {
        m_ok = m_dir.isValid() && QFile::setPermissions(m_dir.path(), readAndEnter());
    }
    // Whether the folder is made and nobody may enter it.
    bool isValid() const { return m_ok && othersCanEnter(m_dir.path()); }
    QString path() const { return m_dir.path(); }

    // A copy of `file` that everyone may read (and run, if `executable`), under its own name;
    // an empty string when it could not be made.
    QString add(const QString &file, bool executable = false)
    {
        const QString copy = m_dir.filePath(QFileInfo(file).fileName());
        if (!QFile::copy(file, copy))
            return {};
        QFileDevice::Permissions mode
            = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        if (executable)
            mode |= QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
        return QFile::setPermissions(copy, mode) ? copy : QString();
    }
    QString addProgram(const QString &program) { return add(program, true); }

private:
    static QFileDevice::Permissions readAndEnter()
    {
        return QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    }
    // In the temporary folder, unless TMPDIR points somewhere closed to others.
    static QString folderTemplate()
    {
        const QString base = othersCanEnter(QDir::tempPath()) ? QDir::tempPath() : QStringLiteral("/tmp");
        return base + QStringLiteral("/ekyc-as-nobody-XXXXXX");
    }

    QTemporaryDir m_dir;
    bool m_ok = false;
};

} // namespace asnobody
