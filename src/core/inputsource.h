// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "bytestream.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace ekyc {

struct InputLimits
{
    qint64 maxMemberBytes = 64LL * 1024 * 1024 * 1024; // a decompression bomb stops here...
    qint64 maxRatio = 2000;                           // ...or at this expansion ratio
    int maxNesting = 4;
};

// Opens an input given on the command line or dropped on the window ("-" is standard
// input) and hands each readable text stream in it to a visitor: a plain or gzip file is
// one stream; a zip or tar archive gives one stream per regular member, labelled
// "archive.zip!member" (members inside members nest). Nothing is written to disk.
class InputSource
{
public:
    using Limits = InputLimits;

    // `label`: the member's name for reports; `stream`: its decompressed bytes.
    using Visitor = std::function<void(const QString &label, ByteStream &stream)>;
    // Called with the number of raw bytes read from the input so far.
    using Progress = std::function<void(qint64 rawBytes)>;

    explicit InputSource(QString path);

    // Size in bytes for progress, or -1 for streams of unknown length.
    qint64 size() const;
    // A regular file's size and the year it was last modified (size -1 and year 0 for anything
    // else), from one stat().
    struct FileInfo
    {
        qint64 size = -1;
        int modifiedYear = 0;
    };
    FileInfo fileInfo() const;

    // Visits every stream. Returns an empty string, or the error that stopped the input
    // (cannot open, a directory, a corrupt archive); members visited before it stand.
    QString visit(const Visitor &visitor, const Progress &progress = {}, const std::atomic<bool> *cancel = nullptr,
                  const Limits &limits = Limits());

    // visit() for a regular file whose bytes were read already (BatchReader), with the
    // modification year its fileInfo() gave.
    QString visitBytes(const QByteArray &bytes, int modifiedYear, const Visitor &visitor,
                       const Progress &progress = {}, const std::atomic<bool> *cancel = nullptr,
                       const Limits &limits = Limits());

    // The year (UTC) the input was last modified, known once visit() has opened it; 0 for
    // standard input, pipes and inputs that could not be opened.
    int modifiedYear() const { return m_modifiedYear; }

    // Whether the first bytes of a stream start a compressed file or an archive.
    static bool looksCompressed(const QByteArray &head);
    // The usual name endings of those (".gz", ".tgz", ".zip", ...), for what goes by name only.
    static const QStringList &packedSuffixes();

private:
    QString m_path;
    int m_modifiedYear = 0;
};

} // namespace ekyc
