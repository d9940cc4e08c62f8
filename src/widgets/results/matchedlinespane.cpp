// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/results/matchedlinespane.h"

#include "models/matchedlinesloader.h"
#include "models/matchedlinesmodel.h"
#include "models/productnames.h"
#include "models/resultsexport.h"
#include "widgets/highlightdelegate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ekyc {

MatchedLinesPane::MatchedLinesPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new MatchedLinesModel(this))
    , m_loader(new MatchedLinesLoader(this))
    , m_exporter(new MatchedLinesLoader(this))
    , m_title(new QLabel(this))
    , m_more(new QPushButton(this))
    , m_table(new QTableView(this))
{
    m_title->setObjectName(QStringLiteral("linesTitle"));
    m_more->setObjectName(QStringLiteral("moreLinesButton"));
    m_table->setObjectName(QStringLiteral("linesTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new HighlightDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(MatchedLinesModel::InputColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(MatchedLinesModel::TextColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(MatchedLinesModel::InputColumn, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_more);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_table);

    connect(m_more, &QPushButton::clicked, this, &MatchedLinesPane::showMore);
    connect(m_loader, &MatchedLinesLoader::linesLoaded, this, &MatchedLinesPane::loaded);
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
    m_key.reset();
    m_requested = 0;
    m_total = 0;
    m_error.clear();
    updateTitle();
}

void MatchedLinesPane::showKey(const ResultKey &key)
{
    clear();
    if (!m_session)
        return;
    m_key = key;
    m_total = m_session->eventCount(key);
    request();
}

void MatchedLinesPane::request()
{
    const QList<LineRequest> requests = m_session->linesOf(*m_key, m_requested, LinesPerPage);
    for (const LineRequest &r : requests)
        m_requested += qint64(r.lines.size());
    const QString product = m_key->product ? productId(*m_key->product) : QString();
    m_loader->load(sources(), requests, { { product, m_key->code } });
    updateTitle();
}

void MatchedLinesPane::retranslate()
{
    m_more->setText(tr("Show Mo&re Lines"));
    m_more->setToolTip(tr("Read the next %L1 lines").arg(LinesPerPage));
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

bool MatchedLinesPane::isLoading() const
{
    return m_loader->isBusy();
}

bool MatchedLinesPane::canShowMore() const
{
    return m_key && !m_loader->isBusy() && m_requested < m_total;
}

void MatchedLinesPane::loaded(const QList<MatchedLine> &lines, bool done, const QString &error)
{
    m_model->appendLines(lines);
    if (done) {
        if (!error.isEmpty())
            m_error = error;
        updateTitle();
    }
}

void MatchedLinesPane::updateTitle()
{
    m_more->setEnabled(canShowMore());
    if (!m_key) {
        m_title->setText(tr("Select a code above to see the lines that hold it."));
        return;
    }
    const QLocale locale;
    const QString what
        = m_key->product ? tr("%1 (%2)").arg(m_key->code, productDisplayName(*m_key->product)) : m_key->code;
    QString title = tr("<b>Lines with %1</b>: %2 of %3")
                        .arg(what.toHtmlEscaped(), locale.toString(m_requested), locale.toString(m_total));
    if (m_loader->isBusy())
        title += QLatin1Char(' ') + tr("(reading…)");
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
    m_exporter->exportCsv(path, sources(), m_session->linesOf(keys), tags, mask);
    return true;
}

QString MatchedLinesPane::selectedText(bool mask) const
{
    QModelIndexList selected = m_table->selectionModel()->selectedRows();
    std::sort(
        selected.begin(), selected.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<MatchedLine> lines;
    for (const QModelIndex &index : std::as_const(selected))
        lines.append(m_model->line(index.row()));
    return lines.isEmpty() ? QString() : ResultsExport::linesTsv(lines, mask);
}

} // namespace ekyc
