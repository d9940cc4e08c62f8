// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/results/summarystrip.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QToolButton>

namespace ekyc {

SummaryStrip::SummaryStrip(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    const char *names[] = { "eventsFigure", "billableFigure", "uncertainFigure", "unknownFigure", "notCountedFigure" };
    for (size_t i = 0; i < Figures.size(); ++i) {
        auto *button = new QToolButton(this);
        button->setObjectName(QString::fromLatin1(names[i]));
        button->setCheckable(true);
        button->setAutoRaise(true);
        layout->addWidget(button);
        const ResultsFilterProxy::Show figure = Figures.at(i);
        connect(button, &QToolButton::clicked, this, [this, figure](bool checked) {
            setShow(checked ? figure : ResultsFilterProxy::Show::All);
            emit showChosen(checked ? figure : ResultsFilterProxy::Show::All);
        });
        m_buttons.at(i) = button;
    }
    updateTexts();
}

QToolButton *SummaryStrip::button(ResultsFilterProxy::Show figure) const
{
    for (size_t i = 0; i < Figures.size(); ++i) {
        if (Figures.at(i) == figure)
            return m_buttons.at(i);
    }
    return nullptr;
}

void SummaryStrip::setTotals(const Totals &totals)
{
    m_totals = totals;
    updateTexts();
}

void SummaryStrip::setShow(ResultsFilterProxy::Show show)
{
    for (size_t i = 0; i < Figures.size(); ++i)
        m_buttons.at(i)->setChecked(Figures.at(i) == show);
}

void SummaryStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    QWidget::changeEvent(event);
}

void SummaryStrip::updateTexts()
{
    // "Label: number", so that no figure needs a plural form.
    const QLocale locale;
    const std::array<std::pair<QString, qint64>, Figures.size()> figures { {
        { tr("Events: %1"), m_totals.events },
        { tr("Billable: %1"), m_totals.billable },
        { tr("Billing uncertain: %1"), m_totals.billableUncertain },
        { tr("Unknown: %1"), m_totals.unknown },
        { tr("Not counted: %1"), m_totals.notCounted },
    } };
    const std::array<QString, Figures.size()> tips { tr("Show the codes of every event counted (not the ones not "
                                                        "counted); click again to show every code"),
        tr("Show only the billable codes; click again to show every code"),
        tr("Show only the codes whose candidate products disagree on billing; click again to show every code"),
        tr("Show only the codes the catalog does not know for their product; click again to show every code"),
        tr("Show only the codes the rules do not count, and why; click again to show every code") };
    for (size_t i = 0; i < Figures.size(); ++i) {
        m_buttons.at(i)->setText(figures.at(i).first.arg(locale.toString(figures.at(i).second)));
        m_buttons.at(i)->setToolTip(tips.at(i));
    }
}

} // namespace ekyc
