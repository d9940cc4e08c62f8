// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/results/matchedlinespane.h"

#include "models/matchedlinesloader.h"
#include "models/matchedlinesmodel.h"
#include "models/productnames.h"
#include "models/resultsexport.h"
#include "models/roles.h"
#include "widgets/highlightdelegate.h"
#include "widgets/results/contextview.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ekyc {

MatchedLinesPane::MatchedLinesPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new MatchedLinesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_loader(new MatchedLinesLoader(this))
    , m_exporter(new MatchedLinesLoader(this))
    , m_title(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_reveal(new QPushButton(this))
    , m_more(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_table(new QTableView(this))
{
    m_loader->setObjectName(QStringLiteral("linesLoader"));
    m_exporter->setObjectName(QStringLiteral("linesExporter"));
    m_title->setObjectName(QStringLiteral("linesTitle"));
    m_filter->setObjectName(QStringLiteral("linesFilter"));
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_more->setObjectName(QStringLiteral("moreLinesButton"));
    m_cancel->setObjectName(QStringLiteral("cancelLinesButton"));
    m_table->setObjectName(QStringLiteral("linesTable"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(MatchedLinesModel::TextColumn);
    m_proxy->setFilterRole(LineTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new HighlightDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab goes to the next widget, not the next cell
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(MatchedLinesModel::InputColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(MatchedLinesModel::TextColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(MatchedLinesModel::InputColumn, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 18);
    m_table->setColumnWidth(MatchedLinesModel::LineColumn, fontMetrics().horizontalAdvance(QLatin1Char('0')) * 10);
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 32);
    m_reveal->setAutoRepeat(false);
    m_cancel->hide();

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_filter);
    header->addWidget(m_reveal);
    header->addWidget(m_more);
    header->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_table);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateTitle();
        emit contentChanged();
    });
    // Held down: the selected line in clear; released: masked again.
    connect(m_reveal, &QPushButton::pressed, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        m_model->setRevealedRow(current.isValid() ? m_proxy->mapToSource(current).row() : -1);
    });
    connect(m_reveal, &QPushButton::released, this, [this] { m_model->setRevealedRow(-1); });
    connect(
        m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) { openContext(index.row()); });
    connect(m_more, &QPushButton::clicked, this, &MatchedLinesPane::showMore);
    connect(m_cancel, &QPushButton::clicked, this, &MatchedLinesPane::cancelReading);
    connect(m_loader, &MatchedLinesLoader::linesLoaded, this, &MatchedLinesPane::loaded);
    connect(m_loader, &MatchedLinesLoader::progress, this, [this](int percent) {
        m_percent = percent;
        updateTitle();
    });
    connect(m_exporter, &MatchedLinesLoader::exportFinished, this, [this](bool ok, const QString &error, qint64 lines) {
        emit exported(ok,
            ok ? tr("Exported %n matched line(s).", nullptr, int(lines))
                    + (error.isEmpty() ? QString() : QLatin1Char(' ') + tr("Not read: %1").arg(error))
               : tr("The matched lines were not exported: %1").arg(error));
    });
    retranslate();
    updateTitle();
}

void MatchedLinesPane::setSession(const ResultsSession *session)
{
    m_session = session;
    clear();
}

void MatchedLinesPane::clear()
{
    m_loader->cancel();
    m_model->clear();
    m_keys.clear();
    m_files.clear();
    m_requested = 0;
    m_total = 0;
    m_error.clear();
    updateTitle();
    emit contentChanged();
}

void MatchedLinesPane::showKeys(const QList<ResultKey> &keys, const QList<int> &files)
{
    clear();
    if (!m_session || keys.isEmpty())
        return;
    m_keys = keys;
    m_files = files;
    m_total = m_session->eventCount(keys, files, m_window);
    request();
}

void MatchedLinesPane::setTimeWindow(const TimeWindow &window)
{
    if (window.since == m_window.since && window.until == m_window.until)
        return;
    m_window = window;
    if (!m_keys.isEmpty())
        showKeys(QList<ResultKey>(m_keys), QList<int>(m_files));
}

void MatchedLinesPane::request()
{
    const QList<LineRequest> requests = m_session->linesOf(m_keys, m_requested, LinesPerPage, m_files, m_window);
    for (const LineRequest &r : requests)
        m_requested += qint64(r.lines.size());
    QList<MatchedLinesLoader::Tag> tags;
    for (const ResultKey &key : std::as_const(m_keys))
        tags.append({ key.product ? productId(*key.product) : QString(), key.code });
    m_percent = -1;
    m_loader->load(sources(), requests, tags);
    updateTitle();
}

void MatchedLinesPane::setMasked(bool masked)
{
    m_model->setMasked(masked);
    updateTitle(); // Reveal follows
}

bool MatchedLinesPane::isMasked() const
{
    return m_model->isMasked();
}

void MatchedLinesPane::retranslate()
{
    m_more->setText(tr("Show Mo&re Lines"));
    m_more->setToolTip(tr("Read the next %L1 lines").arg(LinesPerPage));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop reading the lines back"));
    m_reveal->setText(tr("Reveal"));
    m_reveal->setToolTip(tr("Hold down to show the selected line without masking"));
    m_filter->setPlaceholderText(tr("Filter lines (RequestId, user id…)"));
    m_filter->setAccessibleName(tr("Filter lines"));
    m_table->setAccessibleName(tr("Matched lines"));
}

void MatchedLinesPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateTitle();
    }
    QWidget::changeEvent(event);
}

void MatchedLinesPane::showMore()
{
    if (canShowMore())
        request();
}

void MatchedLinesPane::cancelReading()
{
    if (!m_loader->isBusy())
        return;
    m_loader->cancel();
    // The lines read so far stay; Show More reads on from them.
    m_requested = m_model->rowCount();
    m_error = tr("cancelled, %n line(s) read", nullptr, m_model->rowCount());
    updateTitle();
}

void MatchedLinesPane::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_loader->isBusy()) {
        cancelReading();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool MatchedLinesPane::isLoading() const
{
    return m_loader->isBusy();
}

bool MatchedLinesPane::canShowMore() const
{
    return !m_keys.isEmpty() && !m_loader->isBusy() && m_requested < m_total;
}

void MatchedLinesPane::loaded(const QList<MatchedLine> &lines, bool done, const QString &error)
{
    const bool first = m_model->rowCount() == 0;
    m_model->appendLines(lines);
    if (first && m_proxy->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->selectionModel()->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::NoUpdate);
    // The whole time ("2023-07-05 09:13:40.562+08:00"), not "2023-07-05 …"; the input's name up
    // to a width (its tooltip has the path): the rest is the text's.
    if (first) {
        m_table->resizeColumnToContents(MatchedLinesModel::TimeColumn);
        m_table->resizeColumnToContents(MatchedLinesModel::InputColumn);
        m_table->setColumnWidth(MatchedLinesModel::InputColumn,
            std::min(m_table->columnWidth(MatchedLinesModel::InputColumn),
                fontMetrics().horizontalAdvance(QLatin1Char('x')) * 18));
    }
    if (done && !error.isEmpty())
        m_error = error;
    if (done || first)
        updateTitle();
    emit contentChanged();
}

void MatchedLinesPane::updateTitle()
{
    m_more->setEnabled(canShowMore());
    m_cancel->setVisible(m_loader->isBusy());
    // A report opened from a file (File ▸ Open Report…) has counts, no lines to read back.
    const QString report = m_session ? m_session->reportPath() : QString();
    m_filter->setEnabled(report.isEmpty());
    m_reveal->setEnabled(report.isEmpty() && isMasked()); // nothing to reveal without lines
    m_table->setHidden(!report.isEmpty()); // the sentence alone, not an empty table under it
    if (!report.isEmpty()) {
        m_title->setText(tr("This report was opened from %1: it holds the counts, not the log lines.")
                             .arg(QFileInfo(report).fileName().toHtmlEscaped()));
        m_title->setToolTip(report);
        return;
    }
    m_title->setToolTip(QString());
    if (m_keys.isEmpty()) {
        m_title->setText(tr("Select a code above to see the lines that hold it."));
        return;
    }
    const QLocale locale;
    const ResultKey &key = m_keys.constFirst();
    const QString what = m_keys.size() > 1 ? tr("%n code(s)", nullptr, int(m_keys.size()))
        : key.product                      ? tr("%1 (%2)").arg(key.code, productDisplayName(*key.product))
                                           : key.code;
    QString title = tr("<b>Lines with %1</b>: %2 of %3")
                        .arg(what.toHtmlEscaped(), locale.toString(m_requested), locale.toString(m_total));
    if (!m_filter->text().isEmpty())
        title += QLatin1Char(' ') + tr("(%1 match the filter)").arg(locale.toString(m_proxy->rowCount()));
    if (m_loader->isBusy())
        title += QLatin1Char(' ')
            + (m_percent < 0 ? tr("(reading…)") : tr("(reading… %1%)").arg(QLocale().toString(m_percent)));
    if (!m_error.isEmpty())
        title += QLatin1Char(' ') + tr("Not read: %1").arg(m_error.toHtmlEscaped());
    m_title->setText(title);
}

QString MatchedLinesPane::title() const
{
    return m_title->text();
}

QList<LineSource> MatchedLinesPane::sources() const
{
    QList<LineSource> sources;
    for (const SessionInput &input : m_session->inputs())
        sources.append({ input.path, input.text });
    return sources;
}

bool MatchedLinesPane::exportCsv(const QString &path, const QList<ResultKey> &keys, bool mask)
{
    if (!m_session || keys.isEmpty())
        return false;
    QList<MatchedLinesLoader::Tag> tags;
    for (const ResultKey &key : keys)
        tags.append({ key.product ? productId(*key.product) : QString(), key.code });
    m_exporter->exportCsv(path, sources(), m_session->linesOf(keys, 0, -1, m_files, m_window), tags, mask);
    return true;
}

QString MatchedLinesPane::selectedText(bool mask) const
{
    QModelIndexList selected = m_table->selectionModel()->selectedRows();
    std::sort(
        selected.begin(), selected.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<MatchedLine> lines;
    for (const QModelIndex &index : std::as_const(selected))
        lines.append(m_model->line(m_proxy->mapToSource(index).row()));
    return lines.isEmpty() ? QString() : ResultsExport::linesTsv(lines, mask);
}

void MatchedLinesPane::openContext(int row)
{
    if (!m_session || row < 0 || row >= m_proxy->rowCount())
        return;
    const MatchedLine &line = m_model->line(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    const SessionInput &input = m_session->inputs().at(line.input);
    std::vector<LineMark> marks;
    for (const FileResult &file : m_session->report().files) {
        if (file.summary.path == line.label)
            marks = file.lineMarks;
    }
    auto *view = new ContextView(LineSource { input.path, input.text }, line, std::move(marks), this);
    view->setMasked(isMasked());
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->show();
}

} // namespace ekyc
