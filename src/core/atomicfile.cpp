// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "atomicfile.h"

#include <QCoreApplication>

namespace ekyc {

AtomicFile::AtomicFile(const QString &path)
    : m_file(path)
{
}

bool AtomicFile::open()
{
    // Unbuffered: a short write shows in write()'s count, never later in a flush nobody checks.
    return m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || fail();
}

bool AtomicFile::write(const QByteArray &bytes)
{
    if (!m_error.isEmpty())
        return false;
    for (qsizetype done = 0; done < bytes.size();) {
        // A short count carries no error; the next call fails with the reason (or goes on).
        const qint64 n = m_file.write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0) {
            fail(); // before cancelWriting(), which puts its own message in errorString()
            m_file.cancelWriting();
            return false;
        }
        done += qsizetype(n);
    }
    return true;
}

bool AtomicFile::commit()
{
    if (!m_error.isEmpty())
        return false;
    return m_file.commit() || fail();
}

bool AtomicFile::fail()
{
    m_error = m_file.errorString();
    if (m_error.isEmpty() || m_file.error() == QFileDevice::NoError)
        m_error = QCoreApplication::translate("ekyc::AtomicFile", "the file could not be written");
    return false;
}

QString writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    AtomicFile file(path);
    if (!file.open() || !file.write(bytes) || !file.commit())
        return file.error();
    return QString();
}

} // namespace ekyc
