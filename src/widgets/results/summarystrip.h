// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/resultsfilterproxy.h"

#include "core/report.h"

#include <QWidget>

#include <array>

class QToolButton;

namespace ekyc {

// The totals of the results on show as a row of figures — events, billable, billing
// uncertain, unknown, not counted — each a toggle that shows only those codes (a second click
// shows every code again).
class SummaryStrip : public QWidget
{
    Q_OBJECT

public:
    static constexpr std::array<ResultsFilterProxy::Show, 5> Figures { ResultsFilterProxy::Show::Counted,
        ResultsFilterProxy::Show::Billable, ResultsFilterProxy::Show::Uncertain, ResultsFilterProxy::Show::Unknown,
        ResultsFilterProxy::Show::NotCounted };

    explicit SummaryStrip(QWidget *parent = nullptr);

    void setTotals(const Totals &totals);
    // Checks the figure of `show` (none for another filter).
    void setShow(ResultsFilterProxy::Show show);
    QToolButton *button(ResultsFilterProxy::Show figure) const;

signals:
    void showChosen(ekyc::ResultsFilterProxy::Show show);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();

    std::array<QToolButton *, Figures.size()> m_buttons {};
    Totals m_totals;
};

} // namespace ekyc
