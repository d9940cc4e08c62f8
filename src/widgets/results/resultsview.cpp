// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/results/resultsview.h"

#include "ui_resultsview.h"

#include "models/classificationcontroller.h"
#include "models/inputsmodel.h"
#include "models/productnames.h"
#include "models/resultsexport.h"
#include "models/roles.h"
#include "widgets/highlightdelegate.h"
#include "widgets/results/matchedlinespane.h"
#include "widgets/results/resultssection.h"

#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QSettings>

namespace ekyc {

ResultsView::ResultsView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ResultsView>())
    , m_inputs(new InputsModel(this))
{
    m_ui->setupUi(this);
    m_sections = { m_ui->knownSection, m_ui->ambiguousSection, m_ui->unknownSection, m_ui->notCountedSection };
    QComboBox *choice = m_ui->productChoiceCombo;
    choice->addItem(QString(), -1); // texts: retranslate()
    for (Product product : AllProducts)
        choice->addItem(QString(), productIndex(product));
    setUpTables();
    setUpActions();
    m_ui->linesPane->setSession(&m_session);
    // The product choice and the mask option are remembered from one start to the next.
    const QSettings settings;
    setProductChoice(productFromId(settings.value(QStringLiteral("classify/product")).toString()));
    setMaskPersonalData(settings.value(QStringLiteral("classify/mask"), true).toBool());
    connect(choice, &QComboBox::currentIndexChanged, this, [this] {
        const std::optional<Product> product = productChoice();
        QSettings().setValue(
            QStringLiteral("classify/product"), product ? productId(*product) : QStringLiteral("auto"));
    });
    connect(m_ui->maskCheck, &QCheckBox::toggled, this,
        [](bool mask) { QSettings().setValue(QStringLiteral("classify/mask"), mask); });
    connect(m_ui->linesPane, &MatchedLinesPane::exported, this, [this](bool ok, const QString &text) {
        emit message(text);
        emit matchedLinesExported(ok, text);
    });
    updateBannerPalette();
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setStretchFactor(2, 2);
    retranslate();
    refresh();
}

ResultsView::~ResultsView() = default;

void ResultsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        updateTexts();
    } else if (event->type() == QEvent::PaletteChange) {
        updateBannerPalette();
    }
    QWidget::changeEvent(event);
}

void ResultsView::retranslate()
{
    QComboBox *choice = m_ui->productChoiceCombo;
    choice->setItemText(0, tr("Auto"));
    for (int i = 1; i < choice->count(); ++i)
        choice->setItemText(i, productDisplayName(Product(choice->itemData(i).toInt())));
    buildMenus();
}

void ResultsView::updateBannerPalette()
{
    // A note in the palette's tooltip colours: it stands out in light and dark themes alike.
    QPalette banner = m_ui->unknownBanner->palette();
    banner.setColor(QPalette::Window, banner.color(QPalette::ToolTipBase));
    banner.setColor(QPalette::WindowText, banner.color(QPalette::ToolTipText));
    m_ui->unknownBanner->setPalette(banner);
}

void ResultsView::setUpTables()
{
    for (ResultsModel::Section which : { ResultsModel::Section::Known, ResultsModel::Section::Ambiguous,
             ResultsModel::Section::Unknown, ResultsModel::Section::NotCounted }) {
        ResultsSection *s = section(which);
        s->setSection(which);
        connect(s, &ResultsSection::currentKeyChanged, this, [this, s](const ResultKey &key) {
            // One section's selection at a time: copy and export act on what is visible.
            for (ResultsSection *other : m_sections) {
                if (other != s)
                    other->clearSelection();
            }
            m_activeSection = s;
            m_ui->linesPane->showKey(key);
        });
        connect(s, &ResultsSection::activated, this, &ResultsView::showInCatalog);
    }
    QTableView *inputs = m_ui->inputsTable;
    inputs->setModel(m_inputs);
    inputs->setItemDelegate(new HighlightDelegate(inputs));
    inputs->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    inputs->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
}

void ResultsView::setUpActions()
{
    connect(m_ui->openButton, &QPushButton::clicked, this, &ResultsView::openRequested);
    connect(m_ui->copySummaryButton, &QPushButton::clicked, this, &ResultsView::copySummary);
}

void ResultsView::buildMenus()
{
    // Built again on a language change: their texts are all the menus hold. Deleting a menu
    // deletes its actions, which leave the inputs table's context menu with them.
    delete m_ui->exportButton->menu();
    delete m_ui->rerunButton->menu();
    auto *exportMenu = new QMenu(this);
    exportMenu->addAction(tr("Results as &JSON or CSV…"), this, &ResultsView::exportResultsAs);
    exportMenu->addAction(tr("&Matched Lines of Selected Codes as CSV…"), this, &ResultsView::exportLinesAs);
    exportMenu->addSeparator();
    exportMenu->addAction(tr("&Copy Selected Rows (Ctrl+C)"), this, &ResultsView::copySelection);
    exportMenu->addAction(tr("Copy &Summary"), this, &ResultsView::copySummary);
    m_ui->exportButton->setMenu(exportMenu);

    // "Classify again as": the same actions in the button's menu and the table's context menu.
    auto *rerunMenu = new QMenu(this);
    auto addRerun = [this, rerunMenu](const QString &text, std::optional<Product> product, bool assumeEkyc) {
        QAction *action = rerunMenu->addAction(text);
        connect(action, &QAction::triggered, this, [this, product, assumeEkyc] {
            const QModelIndex current = m_ui->inputsTable->currentIndex();
            if (current.isValid())
                rerunInput(current.data(InputIndexRole).toInt(), product, assumeEkyc);
            else
                emit message(tr("Select an input first."));
        });
        m_ui->inputsTable->addAction(action);
    };
    addRerun(tr("Auto (from the input's actions or codes)"), std::nullopt, false);
    // Counts the codes held back for want of context (not other services' responses).
    addRerun(tr("eKYC traffic (any product)"), std::nullopt, true);
    for (Product product : AllProducts)
        addRerun(productDisplayName(product), product, false);
    m_ui->rerunButton->setMenu(rerunMenu);
}

void ResultsView::setCatalog(const Catalog &catalog)
{
    m_catalog = catalog;
    refresh();
}

MatchedLinesPane *ResultsView::linesPane() const
{
    return m_ui->linesPane;
}

ResultsSection *ResultsView::section(ResultsModel::Section section) const
{
    return m_sections[size_t(section)];
}

ResultsModel *ResultsView::resultsModel(ResultsModel::Section which) const
{
    return section(which)->model();
}

QTableView *ResultsView::sectionTable(ResultsModel::Section which) const
{
    return section(which)->table();
}

std::optional<Product> ResultsView::productChoice() const
{
    const int product = m_ui->productChoiceCombo->currentData().toInt();
    return product < 0 ? std::nullopt : std::optional(Product(product));
}

void ResultsView::setProductChoice(std::optional<Product> product)
{
    QComboBox *choice = m_ui->productChoiceCombo;
    choice->setCurrentIndex(std::max(0, choice->findData(product ? productIndex(*product) : -1)));
}

bool ResultsView::maskPersonalData() const
{
    return m_ui->maskCheck->isChecked();
}

void ResultsView::setMaskPersonalData(bool mask)
{
    m_ui->maskCheck->setChecked(mask);
}

void ResultsView::applyRun(RunResult &result)
{
    const RunRequest &request = result.request;
    const bool sameInput = request.mode == RunRequest::Mode::ReplaceInput && request.replaceInput >= 0
        && request.replaceInput < m_session.inputs().size()
        && m_session.inputs().at(request.replaceInput).label == request.inputs.value(0).label;
    if (sameInput)
        m_session.replace(request.replaceInput, request.inputs.at(0), std::move(result.reports[0]));
    else if (request.mode == RunRequest::Mode::Replace)
        m_session.clear();
    if (!sameInput)
        m_session.append(request.inputs, std::move(result.reports));
    refresh();
}

void ResultsView::refresh()
{
    m_ui->linesPane->clear();
    m_activeSection = nullptr;
    const Report &report = m_session.report();
    for (ResultsSection *s : m_sections)
        s->setReport(report, m_catalog);
    QList<FileSummary> files;
    for (const FileResult &f : report.files)
        files.append(f.summary);
    m_inputs->setFiles(files, m_session.inputOfFiles());
    m_ui->stack->setCurrentWidget(m_session.isEmpty() ? m_ui->emptyPage : m_ui->resultsPage);
    updateTexts();
    QTableView *inputs = m_ui->inputsTable;
    inputs->resizeColumnsToContents();
    inputs->horizontalHeader()->setSectionResizeMode(InputsModel::InputColumn, QHeaderView::Stretch);
    // A few inputs take a few rows' height; more scroll.
    const int rows = std::clamp(m_inputs->rowCount(), 1, 6);
    inputs->setMaximumHeight(inputs->horizontalHeader()->sizeHint().height()
        + rows * inputs->verticalHeader()->defaultSectionSize() + 2 * inputs->frameWidth() + 2);
}

void ResultsView::updateTexts()
{
    const Report &report = m_session.report();
    m_ui->totalsLabel->setText(totalsText());
    // R7: only codes that no table has are unknown to the catalog; the others are another
    // product's codes, which the right product (Classify Again As) turns into known ones.
    const ResultsModel &unknown = *resultsModel(ResultsModel::Section::Unknown);
    const QLocale locale;
    const int unknownCodes = unknown.unknownToCatalogCount();
    const int elsewhere = unknown.rowCount() - unknownCodes;
    QStringList notes;
    if (unknownCodes > 0)
        notes << tr("\u26A0 <b>The %1 catalog does not know some of these codes</b> (codes: %2, events: %3). "
                    "They may be newer than the catalog; see <i>Unknown codes</i> below.")
                     .arg(report.catalogUpdated, locale.toString(unknownCodes),
                         locale.toString(unknown.unknownToCatalogEvents()));
    if (elsewhere > 0)
        notes << tr("\u26A0 <b>Some codes are another product's</b> (codes: %1, events: %2): the catalog has them, "
                    "not for the input's product. If the product is wrong, choose it with <i>Classify Again "
                    "As</i>.")
                     .arg(locale.toString(elsewhere),
                         locale.toString(unknown.eventCount() - unknown.unknownToCatalogEvents()));
    m_ui->unknownBanner->setVisible(!notes.isEmpty());
    m_ui->unknownBanner->setText(notes.join(QStringLiteral("<br>")));
}

QString ResultsView::totalsText() const
{
    if (m_session.isEmpty())
        return QString();
    const Report &report = m_session.report();
    const Totals &t = report.totals;
    const QLocale locale;
    qsizetype errors = 0;
    for (const FileResult &f : report.files)
        errors += f.summary.error.isEmpty() ? 0 : 1;
    QString text
        = tr("<b>All inputs</b> (%1) \u2014 events: %2, billable: %3, billing uncertain: %4, unknown: %5.")
              .arg(locale.toString(report.files.size()), locale.toString(t.events), locale.toString(t.billable),
                  locale.toString(t.billableUncertain), locale.toString(t.unknown));
    if (t.notCounted > 0)
        text += QLatin1Char(' ') + tr("Not counted: %1 (see below).").arg(locale.toString(t.notCounted));
    if (errors > 0)
        text += QLatin1Char(' ') + tr("Not read completely: %1 (see Error).").arg(locale.toString(errors));
    return text + QLatin1Char(' ') + tr("These are log events, not billed requests.");
}

QList<ResultsModel::Row> ResultsView::selectedRows() const
{
    return m_activeSection ? m_activeSection->selectedRows() : QList<ResultsModel::Row>();
}

QString ResultsView::selectedRowsText() const
{
    const QList<ResultsModel::Row> rows = selectedRows();
    return rows.isEmpty() ? QString() : ResultsExport::rowsTsv(rows);
}

QString ResultsView::summaryText() const
{
    return m_session.isEmpty() ? QString() : ResultsExport::summaryText(m_session.report(), m_catalog);
}

void ResultsView::copySelection()
{
    const bool lines = m_ui->linesPane->table()->hasFocus();
    const QString text = lines ? m_ui->linesPane->selectedText(maskPersonalData()) : selectedRowsText();
    if (text.isEmpty()) {
        emit message(tr("Nothing selected to copy."));
        return;
    }
    QGuiApplication::clipboard()->setText(text);
    const int count = int(text.count(QLatin1Char('\n'))) - 1;
    emit message(lines ? tr("Copied %n line(s) as tab-separated text.", nullptr, count)
                       : tr("Copied %n row(s) as tab-separated text.", nullptr, count));
}

void ResultsView::copySummary()
{
    if (m_session.isEmpty()) {
        emit message(tr("Nothing classified yet."));
        return;
    }
    QGuiApplication::clipboard()->setText(summaryText());
    emit message(tr("Copied the summary."));
}

QString ResultsView::exportReport(const QString &path, ReportFormat format) const
{
    return ResultsExport::writeAtomically(path, ResultsExport::reportText(m_session.report(), m_catalog, format));
}

bool ResultsView::exportMatchedLines(const QString &path)
{
    QList<ResultKey> keys;
    for (const ResultsModel::Row &row : selectedRows())
        keys.append({ row.status, row.product, row.code, row.reason, row.action });
    return m_ui->linesPane->exportCsv(path, keys, maskPersonalData());
}

void ResultsView::exportResultsAs()
{
    if (m_session.isEmpty()) {
        emit message(tr("Nothing classified yet."));
        return;
    }
    const QString json = tr("JSON, as ekyc-codes classify --format json (*.json)");
    const QString csv = tr("CSV (*.csv)");
    QString filter = json;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Results"), QStringLiteral("ekyc-codes.json"), json + QStringLiteral(";;") + csv, &filter);
    if (path.isEmpty())
        return;
    const bool asCsv = filter == csv || path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    const QString error = exportReport(path, asCsv ? ReportFormat::Csv : ReportFormat::Json);
    emit message(error.isEmpty() ? tr("Exported the results to %1.").arg(path)
                                 : tr("The results were not exported: %1").arg(error));
}

void ResultsView::exportLinesAs()
{
    if (selectedRows().isEmpty()) {
        emit message(tr("Select one or more codes first."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Matched Lines"), QStringLiteral("matched-lines.csv"), tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportMatchedLines(path);
}

void ResultsView::rerunInput(int input, std::optional<Product> product, bool assumeEkyc)
{
    if (input < 0 || input >= m_session.inputs().size())
        return;
    SessionInput again = m_session.inputs().at(input);
    again.product = product;
    again.assumeEkyc = assumeEkyc;
    emit classifyRequested(RunRequest { { again }, RunRequest::Mode::ReplaceInput, input });
}

void ResultsView::focusSearch()
{
    // Until the page has a filter of its own, the search is its codes table.
    focusTable();
}

void ResultsView::focusTable()
{
    ResultsSection *active = m_activeSection ? m_activeSection : section(ResultsModel::Section(0));
    active->table()->setFocus(Qt::ShortcutFocusReason);
}

} // namespace ekyc
