// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/results/catalogbar.h"

#include "core/catalogdiff.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace ekyc {

CatalogBar::CatalogBar(QWidget *parent)
    : QWidget(parent)
    , m_note(new QLabel(this))
    , m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("catalogBar"));
    m_note->setObjectName(QStringLiteral("catalogNote"));
    m_button->setObjectName(QStringLiteral("classifyAgainButton"));
    m_note->setWordWrap(true);
    setAutoFillBackground(true);
    // As tall as its text, never more: without the button (a report) the page's spare height
    // went to the bar.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &CatalogBar::classifyAgainRequested);
    hide();
    updatePalette();
    updateTexts();
}

void CatalogBar::compare(const Catalog &made, const Catalog &inUse, bool results)
{
    const bool other = results && (made.updated() != inUse.updated() || !CatalogDiff(made, inUse).isEmpty());
    m_report = false;
    m_made = made.updated();
    m_inUse = inUse.updated();
    updateTexts();
    m_button->show();
    setVisible(other);
}

void CatalogBar::compareReport(const QString &madeUpdated, qsizetype madeCodes, const Catalog &inUse)
{
    m_report = true;
    m_made = madeUpdated;
    m_madeCodes = madeCodes;
    m_inUse = inUse.updated();
    m_inUseCodes = inUse.size();
    updateTexts();
    m_button->hide();
    setVisible(madeUpdated != inUse.updated() || madeCodes != inUse.size());
}

void CatalogBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    else if (event->type() == QEvent::PaletteChange)
        updatePalette();
    QWidget::changeEvent(event);
}

void CatalogBar::updatePalette()
{
    QPalette bar = palette();
    const QColor base = bar.color(QPalette::ToolTipBase);
    const QColor text = bar.color(QPalette::ToolTipText);
    if (bar.color(QPalette::Window) == base && bar.color(QPalette::WindowText) == text)
        return; // already: setPalette() would send PaletteChange again
    bar.setColor(QPalette::Window, base);
    bar.setColor(QPalette::WindowText, text);
    setPalette(bar);
}

void CatalogBar::updateTexts()
{
    if (m_report) {
        const QLocale locale;
        m_note->setText(tr("\u26A0 This report was written with the catalog of %1 (%2 codes); the catalog in use is of "
                           "%3 (%4 codes). Its counts and billing stand as written; the descriptions shown are from "
                           "the catalog in use and may differ.")
                            .arg(m_made, locale.toString(m_madeCodes), m_inUse, locale.toString(m_inUseCodes)));
    } else {
        m_note->setText(tr("\u26A0 These results were made with the catalog of %1; the catalog in use is of %2. "
                           "Codes, billing and descriptions may differ.")
                            .arg(m_made, m_inUse));
    }
    m_button->setText(tr("C&lassify Again"));
    m_button->setToolTip(tr("Classify the same inputs again with the catalog in use"));
}

} // namespace ekyc
