// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/results/contextview.h"

#include "widgets/highlightdelegate.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace ekyc {

ContextView::ContextView(LineSource source, MatchedLine line, std::vector<LineMark> marks, QWidget *parent)
    : QDialog(parent)
    , m_source(std::move(source))
    , m_line(std::move(line))
    , m_marks(std::move(marks))
    , m_model(new MatchedLinesModel(this))
    , m_loader(new MatchedLinesLoader(this))
    , m_title(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("contextView"));
    setWindowTitle(tr("%1, line %2").arg(MatchedLinesModel::shortLabel(m_line.label), QLocale().toString(m_line.line)));
    m_title->setText(tr("<b>%1</b>, lines around line %2; scroll for more.")
                         .arg(m_line.label.toHtmlEscaped(), QLocale().toString(m_line.line)));
    m_title->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("contextTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new HighlightDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Lines around the match"));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->setColumnHidden(MatchedLinesModel::InputColumn, true);
    m_table->horizontalHeader()->setSectionResizeMode(MatchedLinesModel::TextColumn, QHeaderView::Stretch);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 120, fontMetrics().height() * 30);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_loader, &MatchedLinesLoader::linesLoaded, this, &ContextView::loaded);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        const QScrollBar *bar = m_table->verticalScrollBar();
        if (value == bar->minimum() && bar->maximum() > 0)
            loadBefore();
        else if (value == bar->maximum() && bar->maximum() > 0)
            loadAfter();
    });
    load(std::max<qint64>(1, m_line.line - Radius), m_line.line + Radius, false);
}

bool ContextView::loadBefore()
{
    const qint64 first = m_model->rowCount() ? m_model->line(0).line : m_line.line;
    if (m_loader->isBusy() || first <= 1)
        return false;
    load(std::max<qint64>(1, first - Radius), first - 1, true);
    return true;
}

bool ContextView::loadAfter()
{
    if (m_loader->isBusy() || m_atEnd || m_model->rowCount() == 0)
        return false;
    const qint64 last = m_model->line(m_model->rowCount() - 1).line;
    load(last + 1, last + Radius, false);
    return true;
}

void ContextView::load(qint64 first, qint64 last, bool before)
{
    LineRequest request { 0, m_line.label, {}, {}, m_marks, {} };
    for (qint64 n = first; n <= last; ++n)
        request.lines.push_back(n);
    m_before = before;
    m_pending.clear();
    m_loader->load({ m_source }, { request }, { { m_line.product, m_line.code } });
}

void ContextView::loaded(const QList<MatchedLine> &lines, bool done, const QString &error)
{
    m_pending += lines;
    if (!done)
        return;
    // An input that ends before the last line asked for is no error here: there is no more.
    const bool isFirst = m_model->rowCount() == 0;
    if (!error.isEmpty() && !m_before)
        m_atEnd = true;
    if (m_before)
        m_model->prependLines(m_pending);
    else
        m_model->appendLines(m_pending);
    m_pending.clear();
    if (isFirst) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->line(row).line == m_line.line) {
                m_table->selectRow(row);
                m_table->scrollTo(
                    m_model->index(row, MatchedLinesModel::TextColumn), QAbstractItemView::PositionAtCenter);
            }
        }
    }
}

} // namespace ekyc
