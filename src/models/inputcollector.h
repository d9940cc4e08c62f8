// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace ekyc {

// Turns the paths dropped, pasted or opened into files to classify: files as they are (a
// missing one too: its report entry says why), folders scanned recursively (regular files
// only, symbolic links not followed, hidden entries skipped).
class InputCollector
{
public:
    // Folders holding more files than this are confirmed before classifying.
    static constexpr int ConfirmAbove = 1000;

    struct Inputs
    {
        QStringList files; // absolute paths, in the order given (a folder's in path order)
        int folders = 0; // folders scanned
        qsizetype filesFromFolders = 0;
    };

    static Inputs fromPaths(const QStringList &paths);
    // The regular files under `folder`, sorted.
    static QStringList scanFolder(const QString &folder);
};

} // namespace ekyc
