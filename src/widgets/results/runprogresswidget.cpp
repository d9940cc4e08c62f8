// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/results/runprogresswidget.h"

#include "models/classificationcontroller.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace ekyc {

RunProgressWidget::RunProgressWidget(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("runProgress"));
    m_label->setObjectName(QStringLiteral("runProgressLabel"));
    m_bar->setObjectName(QStringLiteral("runProgressBar"));
    m_cancel->setObjectName(QStringLiteral("cancelRunButton"));
    retranslate();
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(true);
    m_bar->setFixedWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 40);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &RunProgressWidget::cancelRequested);
    hide();
}

void RunProgressWidget::retranslate()
{
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop classifying (Esc); the results on show stay as they were"));
}

void RunProgressWidget::changeEvent(QEvent *event)
{
    // The label is rewritten by the next progress report, a few times a second.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RunProgressWidget::setRunning(bool running, int queued)
{
    m_queued = queued;
    if (running) {
        m_bar->setValue(0);
        m_label->setText(tr("Starting…"));
    }
    setVisible(running);
}

void RunProgressWidget::showProgress(const ClassifyProgress &p)
{
    const QLocale locale;
    const QString name = QFileInfo(p.label).fileName().isEmpty() ? p.label : QFileInfo(p.label).fileName();
    // The bar: the file being read and the share of all inputs read; the label: that file's bytes.
    QString text = p.inputCount > 1 ? tr("Input %1 of %2").arg(p.input + 1).arg(p.inputCount) : tr("Reading");
    if (p.inputTotal > 0)
        text += tr(": %1 of %2").arg(locale.formattedDataSize(p.inputDone), locale.formattedDataSize(p.inputTotal));
    else if (p.inputDone > 0)
        text += tr(": %1").arg(locale.formattedDataSize(p.inputDone));
    if (m_queued > 0)
        text += tr(" (%n more run(s) queued)", nullptr, m_queued);
    m_label->setText(text);
    m_bar->setToolTip(p.label);
    m_bar->setFormat(tr("%1 \u2014 %p%").arg(name));
    if (p.total > 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(std::min<qint64>(1000, p.done * 1000 / p.total)));
    } else {
        m_bar->setRange(0, 0); // streams only: no total to measure against
    }
}

QString RunProgressWidget::labelText() const
{
    return m_label->text();
}

QString RunProgressWidget::barText() const
{
    return m_bar->text();
}

int RunProgressWidget::permille() const
{
    return m_bar->value();
}

} // namespace ekyc
