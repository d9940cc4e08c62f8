// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/results/timelinepanel.h"

#include "models/timelinemodel.h"
#include "widgets/results/timelinechart.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ekyc {

TimelinePanel::TimelinePanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new TimelineModel(this))
    , m_expand(new QToolButton(this))
    , m_summary(new QLabel(this))
    , m_chip(new QWidget(this))
    , m_chipLabel(new QLabel(m_chip))
    , m_clear(new QToolButton(m_chip))
    , m_tableToggle(new QToolButton(this))
    , m_note(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_chart(new TimelineChart(m_stack))
    , m_table(new QTableView(m_stack))
    , m_header(new QWidget(this))
{
    setObjectName(QStringLiteral("timelinePanel"));
    m_expand->setObjectName(QStringLiteral("timelineButton"));
    m_tableToggle->setObjectName(QStringLiteral("timelineTableButton"));
    m_clear->setObjectName(QStringLiteral("timelineClearButton"));
    m_chipLabel->setObjectName(QStringLiteral("timelineRange"));
    m_note->setObjectName(QStringLiteral("timelineNote"));
    m_table->setObjectName(QStringLiteral("timelineTable"));
    m_expand->setCheckable(true);
    m_expand->setAutoRaise(true);
    m_expand->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_tableToggle->setCheckable(true);
    m_tableToggle->setAutoRaise(true);
    m_clear->setAutoRaise(true);
    m_clear->setText(QStringLiteral("✕"));
    m_summary->setTextFormat(Qt::PlainText);

    // The chip: the range on a highlighted ground, like a filter token.
    m_chip->setAutoFillBackground(true);
    m_chip->setBackgroundRole(QPalette::AlternateBase);
    auto *chip = new QHBoxLayout(m_chip);
    chip->setContentsMargins(6, 0, 0, 0);
    chip->setSpacing(2);
    chip->addWidget(m_chipLabel);
    chip->addWidget(m_clear);
    m_chip->hide();

    auto *header = new QHBoxLayout(m_header);
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_expand);
    header->addWidget(m_summary, 1);
    header->addWidget(m_chip);
    header->addWidget(m_tableToggle);

    m_chart->setModel(m_model);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored); // as high as the chart
    m_stack->addWidget(m_chart);
    m_stack->addWidget(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    layout->addWidget(m_note);
    layout->addWidget(m_stack);
    m_note->hide();
    m_stack->hide();
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    connect(m_expand, &QToolButton::clicked, this, [this](bool on) {
        m_userToggled = true;
        setExpanded(on);
    });
    connect(m_tableToggle, &QToolButton::toggled, this, [this](bool table) {
        m_stack->setCurrentWidget(table ? static_cast<QWidget *>(m_table) : m_chart);
        if (table && !isExpanded())
            setExpanded(true);
    });
    connect(m_clear, &QToolButton::clicked, this, &TimelinePanel::clearRange);
    connect(m_chart, &TimelineChart::rangeChosen, this, &TimelinePanel::setRange);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_syncing)
            return;
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        int first = -1;
        int last = -1;
        for (const QModelIndex &index : rows) {
            first = first < 0 ? index.row() : std::min(first, index.row());
            last = std::max(last, index.row());
        }
        setRange(first, last);
    });
    retranslate();
}

void TimelinePanel::setTimeline(const Timeline &timeline)
{
    const bool hadRange = m_first >= 0;
    m_first = m_last = -1;
    m_model->setTimeline(timeline);
    const bool timed = !m_model->isEmpty();
    m_header->setVisible(timed);
    m_note->setVisible(!timed);
    if (!m_userToggled)
        setExpanded(timed && window()->height() >= CollapseBelowHeight);
    else
        m_stack->setVisible(timed && isExpanded());
    m_table->resizeColumnsToContents();
    retranslate();
    updateChip();
    if (hadRange)
        emit rangeChanged();
    emit sizeChanged();
}

bool TimelinePanel::isExpanded() const
{
    return m_expand->isChecked();
}

void TimelinePanel::setExpanded(bool expanded)
{
    m_expand->setChecked(expanded);
    m_expand->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_stack->setVisible(expanded && !m_model->isEmpty());
    updateGeometry();
    emit sizeChanged();
}

void TimelinePanel::setRange(int first, int last)
{
    if (first > last)
        std::swap(first, last);
    if (first < 0 || last >= m_model->rowCount())
        first = last = -1;
    m_chart->setSelection(first, last);
    selectTableRows();
    if (first == m_first && last == m_last)
        return;
    m_first = first;
    m_last = last;
    updateChip();
    emit rangeChanged();
}

void TimelinePanel::selectTableRows()
{
    m_syncing = true;
    QItemSelectionModel *selection = m_table->selectionModel();
    const int first = m_chart->selectionFirst();
    if (first < 0) {
        selection->clearSelection();
    } else {
        const QItemSelection rows(
            m_model->index(first, 0), m_model->index(m_chart->selectionLast(), m_model->columnCount() - 1));
        selection->select(rows, QItemSelectionModel::ClearAndSelect);
    }
    m_syncing = false;
}

TimeWindow TimelinePanel::timeWindow() const
{
    if (m_first < 0)
        return {};
    return { m_model->bucketStart(m_first), m_model->bucketEnd(m_last) };
}

void TimelinePanel::highlight(const std::optional<TimelineSeries> &key)
{
    m_chart->setHighlightedSeries(key ? m_model->seriesOf(*key) : -1);
}

void TimelinePanel::updateChip()
{
    m_chip->setVisible(m_first >= 0);
    if (m_first >= 0)
        m_chipLabel->setText(m_model->rangeText(m_model->bucketStart(m_first), m_model->bucketEnd(m_last)));
}

void TimelinePanel::retranslate()
{
    m_expand->setText(tr("Timeli&ne"));
    m_expand->setToolTip(tr("Show or hide the events over time"));
    m_expand->setAccessibleName(tr("Timeline"));
    m_tableToggle->setText(tr("Ta&ble"));
    m_tableToggle->setToolTip(tr("Show the timeline as a table; selecting rows chooses a time range"));
    m_tableToggle->setAccessibleName(tr("Show the timeline as a table"));
    m_clear->setToolTip(tr("Clear the time range"));
    m_clear->setAccessibleName(tr("Clear the time range"));
    m_chip->setToolTip(tr("Only the codes and lines of this time range are shown"));
    m_table->setAccessibleName(tr("Timeline table"));
    m_note->setText(tr("No event in these results has a time."));
    if (m_model->isEmpty()) {
        m_summary->clear();
        return;
    }
    const int last = m_model->rowCount() - 1;
    const qint64 untimed = m_model->timeline().untimed;
    QString summary
        = tr("%1 events, %2, by %3")
              .arg(QLocale().toString(m_model->totalEvents()),
                  m_model->rangeText(m_model->bucketStart(0), m_model->bucketEnd(last)), m_model->bucketSizeText());
    if (untimed > 0)
        summary += QLatin1String("; ") + tr("%1 without a time").arg(QLocale().toString(untimed));
    m_summary->setText(summary);
    updateChip();
}

void TimelinePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ekyc
