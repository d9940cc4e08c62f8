// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSaveFile>
#include <QString>

namespace ekyc {

// A file written whole or not at all: QSaveFile (a temporary file renamed over the old one on
// commit), with the checks Qt 6.4 leaves to its caller. On a full disk (or past a file size
// limit) a write is cut short and QFile returns the short count without an error, and
// QSaveFile::commit() does not look at the flush of its buffer: the new file, cut off, would
// replace the old one. So writes are unbuffered and retried after a short count, until done or
// until the system says why (ENOSPC "No space left on device", EFBIG, EIO), and nothing is
// committed after a failed write. Used by every export (results, matched lines, the CLI's
// catalog). QSettings writes its own file: its format (src/widgets/settingsformat.h) does the
// same checks in the write function QSettings calls before commit().
class AtomicFile
{
public:
    // Destroyed without commit(), it leaves the old file as it was and removes its temporary one.
    explicit AtomicFile(const QString &path);

    bool open();
    // Writes all of `bytes`, or returns false with error() saying why.
    bool write(const QByteArray &bytes);
    // Replaces the old file, unless a write failed.
    bool commit();
    QString error() const { return m_error; }

private:
    bool fail();
    QSaveFile m_file;
    QString m_error;
};

// `bytes` to `path` through AtomicFile; returns an empty string, or why it failed.
QString writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace ekyc
