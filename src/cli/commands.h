// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace ekyc::cli {

// Each command takes the command line with "ekyc-codes COMMAND" for the program (the command word
// taken out of the arguments; CliContext::parse) and returns the process exit status.
int runList(const QStringList &arguments);
int runLookup(const QStringList &arguments);
int runClassify(const QStringList &arguments);
int runMerge(const QStringList &arguments);
int runCatalog(const QStringList &arguments);

} // namespace ekyc::cli
