// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

class QObject;

namespace ekyc {

// Models translate in data() and headerData() (tr() at the time of asking), so after a
// language change their text is new while their data is not: nothing would repaint. This
// tells the views: every item model under `root` that is not a proxy (proxies pass the
// signals on) emits headerDataChanged for its headers and dataChanged for all its cells. A
// model that keeps sentences made at load time has a `Q_INVOKABLE void retranslate()`, called
// first, that remakes them.
// Called from a window's QEvent::LanguageChange.
void announceRetranslation(QObject *root);

} // namespace ekyc
