// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Faults around a program that writes files, for the export and settings tests: a full disk
// (a file size limit, RLIMIT_FSIZE) and a folder it may not write to (as user nobody when the
// tests run as root, as CI does: root writes anywhere).
#include <QProcess>
#include <QStringList>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

namespace faults {

// Files of this process stop growing at `bytes` while it lives: a write past it fails with
// EFBIG ("File too large"), as one on a full disk fails with ENOSPC. SIGXFSZ, which would kill
// the process instead, is ignored meanwhile; both are restored on destruction.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        struct sigaction ignore
        {
        };
        ignore.sa_handler = SIG_IGN;
        m_ok = ::getrlimit(RLIMIT_FSIZE, &m_old) == 0 && ::sigaction(SIGXFSZ, &ignore, &m_oldAction) == 0;
        rlimit lower = m_old;
        lower.rlim_cur = bytes;
        m_ok = m_ok && ::setrlimit(RLIMIT_FSIZE, &lower) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        ::sigaction(SIGXFSZ, &m_oldAction, nullptr);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
    bool isActive() const { return m_ok; }

private:
    rlimit m_old {};
    struct sigaction m_oldAction
    {
    };
    bool m_ok = false;
};

// The same limit for a child process only (QProcess::setChildProcessModifier); the ignored
// signal survives its exec.
inline std::function<void()> fileSizeLimitInChild(rlim_t bytes)
{
    return [bytes] {
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit {};
        ::getrlimit(RLIMIT_FSIZE, &limit);
        limit.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &limit);
    };
}

// As root, a folder's permissions stop nobody but root: such tests run their program (or
// themselves) as nobody through setpriv (util-linux; tests/asnobody.h).
inline bool needsOtherUser()
{
    return ::geteuid() == 0;
}

} // namespace faults
