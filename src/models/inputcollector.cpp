// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/inputcollector.h"

#include <QDirIterator>
#include <QFileInfo>

namespace ekyc {

QStringList InputCollector::scanFolder(const QString &folder)
{
    QStringList files;
    // Without QDir::System only regular files are listed (no sockets, FIFOs, devices);
    // without FollowSymlinks the walk never leaves the folder through a link.
    QDirIterator it(folder, QDir::Files | QDir::NoSymLinks | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

InputCollector::Inputs InputCollector::fromPaths(const QStringList &paths)
{
    Inputs inputs;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QStringList files = scanFolder(info.absoluteFilePath());
            inputs.files << files;
            inputs.filesFromFolders += files.size();
            ++inputs.folders;
        } else {
            // A missing or unreadable file still goes to the classifier: its entry says why.
            inputs.files << info.absoluteFilePath();
        }
    }
    return inputs;
}

} // namespace ekyc
