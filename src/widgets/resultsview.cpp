#include "resultsview.h"

#include "ui_resultsview.h"

#include "classificationcontroller.h"
#include "highlightdelegate.h"
#include "inputsmodel.h"
#include "matchedlinesloader.h"
#include "matchedlinespane.h"
#include "productnames.h"
#include "resultsexport.h"
#include "roles.h"

#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStyle>

namespace ekyc {

namespace {

constexpr std::array<ResultsModel::Section, 3> Sections = {ResultsModel::Section::Known,
                                                           ResultsModel::Section::Ambiguous,
                                                           ResultsModel::Section::Unknown};

std::optional<Product> productOfRole(const QVariant &value)
{
    const int p = value.toInt();
    return p < 0 ? std::nullopt : std::optional(Product(p));
}

} // namespace

ResultsView::ResultsView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ResultsView>())
    , m_inputs(new InputsModel(this))
    , m_exporter(new MatchedLinesLoader(this))
{
    m_ui->setupUi(this);
    m_tables = {m_ui->knownTable, m_ui->ambiguousTable, m_ui->unknownTable};
    QComboBox *choice = m_ui->productChoiceCombo;
    choice->addItem(tr("Auto"), -1);
    for (Product product : AllProducts)
        choice->addItem(productDisplayName(product), productIndex(product));
    setUpTables();
    setUpActions();
    m_ui->linesPane->setSession(&m_session);
    // The product choice and the mask option are remembered from one start to the next.
    const QSettings settings;
    setProductChoice(productFromId(settings.value(QStringLiteral("classify/product")).toString()));
    setMaskPersonalData(settings.value(QStringLiteral("classify/mask"), true).toBool());
    connect(choice, &QComboBox::currentIndexChanged, this, [this] {
        const std::optional<Product> product = productChoice();
        QSettings().setValue(QStringLiteral("classify/product"), product ? productId(*product) : QStringLiteral("auto"));
    });
    connect(m_ui->maskCheck, &QCheckBox::toggled, this,
            [](bool mask) { QSettings().setValue(QStringLiteral("classify/mask"), mask); });
    connect(m_exporter, &MatchedLinesLoader::exportFinished, this, [this](bool ok, const QString &error, qint64 lines) {
        const QString text = ok ? tr("Exported %n matched line(s).", nullptr, int(lines))
                                    + (error.isEmpty() ? QString() : QLatin1Char(' ') + tr("Not read: %1").arg(error))
                                : tr("The matched lines were not exported: %1").arg(error);
        emit message(text);
        emit matchedLinesExported(ok, text);
    });
    // A note in the palette's tooltip colours: it stands out in light and dark themes alike.
    QPalette banner = m_ui->unknownBanner->palette();
    banner.setColor(QPalette::Window, banner.color(QPalette::ToolTipBase));
    banner.setColor(QPalette::WindowText, banner.color(QPalette::ToolTipText));
    m_ui->unknownBanner->setPalette(banner);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setStretchFactor(2, 2);
    refresh();
}

ResultsView::~ResultsView() = default;

void ResultsView::setUpTables()
{
    auto setUp = [this](QTableView *table) {
        table->setItemDelegate(new HighlightDelegate(table));
        table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setWordWrap(false);
    };
    for (size_t i = 0; i < Sections.size(); ++i) {
        m_models[i] = new ResultsModel(Sections[i], this);
        m_proxies[i] = new QSortFilterProxyModel(this);
        m_proxies[i]->setSourceModel(m_models[i]);
        m_proxies[i]->setSortRole(SortRole);
        QTableView *table = m_tables[i];
        setUp(table);
        table->setModel(m_proxies[i]);
        table->setSelectionMode(QAbstractItemView::ExtendedSelection);
        QHeaderView *header = table->horizontalHeader();
        header->setSectionResizeMode(ResultsModel::DescriptionColumn, QHeaderView::Stretch);
        // The report's order (events, most first) until a header is clicked.
        header->setSortIndicator(ResultsModel::CountColumn, Qt::DescendingOrder);
        table->setSortingEnabled(true);
        connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this, table](const QModelIndex &current) {
                    if (!current.isValid())
                        return;
                    // One section's selection at a time: copy and export act on what is visible.
                    for (QTableView *other : m_tables) {
                        if (other != table)
                            other->selectionModel()->clear();
                    }
                    m_activeTable = table;
                    m_ui->linesPane->showKey({EventStatus(current.data(StatusRole).toInt()),
                                              productOfRole(current.data(ProductRole)),
                                              current.data(CodeRole).toString()});
                });
        // Enter or a double click: the code in the catalog browser.
        connect(table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
            emit showInCatalog(index.data(CodeRole).toString(), index.data(ProductRole).toInt());
        });
    }
    setUp(m_ui->inputsTable);
    m_ui->inputsTable->setModel(m_inputs);
    m_ui->inputsTable->horizontalHeader()->setSectionResizeMode(InputsModel::InputColumn, QHeaderView::Stretch);
}

void ResultsView::setUpActions()
{
    connect(m_ui->openButton, &QPushButton::clicked, this, &ResultsView::openRequested);
    connect(m_ui->copySummaryButton, &QPushButton::clicked, this, &ResultsView::copySummary);

    auto *exportMenu = new QMenu(this);
    exportMenu->addAction(tr("Results as &JSON or CSV…"), this, &ResultsView::exportResultsAs);
    exportMenu->addAction(tr("&Matched Lines of Selected Codes as CSV…"), this, &ResultsView::exportLinesAs);
    exportMenu->addSeparator();
    exportMenu->addAction(tr("&Copy Selected Rows"), QKeySequence::Copy, this, &ResultsView::copySelection);
    exportMenu->addAction(tr("Copy &Summary"), this, &ResultsView::copySummary);
    m_ui->exportButton->setMenu(exportMenu);

    // "Classify again as": the same actions in the button's menu and the table's context menu.
    auto *rerunMenu = new QMenu(this);
    auto addRerun = [this, rerunMenu](const QString &text, std::optional<Product> product) {
        QAction *action = rerunMenu->addAction(text);
        connect(action, &QAction::triggered, this, [this, product] {
            const QModelIndex current = m_ui->inputsTable->currentIndex();
            if (current.isValid())
                rerunInput(current.data(InputIndexRole).toInt(), product);
            else
                emit message(tr("Select an input first."));
        });
        m_ui->inputsTable->addAction(action);
    };
    addRerun(tr("Auto (from the input's actions or codes)"), std::nullopt);
    for (Product product : AllProducts)
        addRerun(productDisplayName(product), product);
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

ResultsModel *ResultsView::resultsModel(ResultsModel::Section section) const
{
    return m_models[size_t(section)];
}

QTableView *ResultsView::sectionTable(ResultsModel::Section section) const
{
    return m_tables[size_t(section)];
}

std::optional<Product> ResultsView::productChoice() const
{
    return productOfRole(m_ui->productChoiceCombo->currentData());
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
    m_activeTable = nullptr;
    const Report &report = m_session.report();
    for (ResultsModel *model : m_models)
        model->setReport(report, m_catalog);
    QList<FileSummary> files;
    for (const FileResult &f : report.files)
        files.append(f.summary);
    m_inputs->setFiles(files, m_session.inputOfFiles());
    m_ui->stack->setCurrentWidget(m_session.isEmpty() ? m_ui->emptyPage : m_ui->resultsPage);
    m_ui->totalsLabel->setText(totalsText());
    updateTitles();
    for (QTableView *table : m_tables) {
        for (int column : {int(ResultsModel::ProductColumn), int(ResultsModel::CodeColumn),
                           int(ResultsModel::CountColumn), int(ResultsModel::BillableColumn)})
            table->resizeColumnToContents(column);
    }
    m_ui->inputsTable->resizeColumnsToContents();
    m_ui->inputsTable->horizontalHeader()->setSectionResizeMode(InputsModel::InputColumn, QHeaderView::Stretch);
    // Few rows take little room: the inputs and the rarer sections fit their rows (up to a
    // few), the known codes take the rest.
    auto fit = [](QTableView *table, int maxRows) {
        const int rows = std::clamp(table->model()->rowCount(), 1, maxRows);
        table->setMaximumHeight(table->horizontalHeader()->sizeHint().height() + rows * table->verticalHeader()->defaultSectionSize()
                                + 2 * table->frameWidth() + 2);
    };
    fit(m_ui->inputsTable, 6);
    fit(m_ui->ambiguousTable, 5);
    fit(m_ui->unknownTable, 5);
}

void ResultsView::updateTitles()
{
    const QLocale locale;
    const QString catalogDate = m_session.report().catalogUpdated;
    const ResultsModel &known = *m_models[0];
    const ResultsModel &ambiguous = *m_models[1];
    const ResultsModel &unknown = *m_models[2];
    m_ui->knownTitle->setText(known.rowCount() == 0
            ? tr("<b>Codes</b>: none of the catalog's codes was found.")
            : tr("<b>Codes</b>: %n code(s), %1 events", nullptr, known.rowCount()).arg(locale.toString(known.eventCount())));
    m_ui->ambiguousTitle->setText(
        tr("<b>Ambiguous codes</b>: no product could be resolved for %n code(s), %1 events. Set a product to resolve them.",
           nullptr, ambiguous.rowCount())
            .arg(locale.toString(ambiguous.eventCount())));
    m_ui->unknownTitle->setText(tr("<b>Unknown codes</b>: %n code(s), %1 events, not in the %2 catalog", nullptr,
                                   unknown.rowCount())
                                    .arg(locale.toString(unknown.eventCount()), catalogDate));
    m_ui->ambiguousTitle->setVisible(ambiguous.rowCount() > 0);
    m_ui->ambiguousTable->setVisible(ambiguous.rowCount() > 0);
    m_ui->unknownTitle->setVisible(unknown.rowCount() > 0);
    m_ui->unknownTable->setVisible(unknown.rowCount() > 0);
    m_ui->unknownBanner->setVisible(unknown.rowCount() > 0);
    m_ui->unknownBanner->setText(
        tr("\u26A0 <b>%n code(s) the %1 catalog does not know</b> appear in %2 events. They may be newer than the "
           "catalog, or belong to another product; see <i>Unknown codes</i> below.",
           nullptr, unknown.rowCount())
            .arg(catalogDate, locale.toString(unknown.eventCount())));
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
    QString text = tr("%n input(s): %1 events, %2 billable, %3 billing uncertain, %4 unknown.", nullptr,
                      int(report.files.size()))
                       .arg(locale.toString(t.events), locale.toString(t.billable),
                            locale.toString(t.billableUncertain), locale.toString(t.unknown));
    if (errors > 0)
        text += QLatin1Char(' ') + tr("%n input(s) could not be read completely (see Error).", nullptr, int(errors));
    return text + QLatin1Char(' ') + tr("These are log events, not billed requests.");
}

QList<ResultsModel::Row> ResultsView::selectedRows() const
{
    QList<ResultsModel::Row> rows;
    if (!m_activeTable)
        return rows;
    const size_t i = size_t(std::find(m_tables.begin(), m_tables.end(), m_activeTable) - m_tables.begin());
    QModelIndexList selected = m_activeTable->selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(selected))
        rows.append(m_models[i]->row(m_proxies[i]->mapToSource(index).row()));
    return rows;
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
    QList<MatchedLinesLoader::Tag> tags;
    for (const ResultsModel::Row &row : selectedRows()) {
        keys.append({row.status, row.product, row.code});
        tags.append({row.product ? productId(*row.product) : QString(), row.code});
    }
    if (keys.isEmpty())
        return false;
    QList<LineSource> sources;
    for (const SessionInput &input : m_session.inputs())
        sources.append({input.path, input.text});
    m_exporter->exportCsv(path, sources, m_session.linesOf(keys), tags, maskPersonalData());
    return true;
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
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Results"), QStringLiteral("ekyc-codes.json"),
                                                      json + QStringLiteral(";;") + csv, &filter);
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
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Matched Lines"),
                                                      QStringLiteral("matched-lines.csv"), tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportMatchedLines(path);
}

void ResultsView::rerunInput(int input, std::optional<Product> product)
{
    if (input < 0 || input >= m_session.inputs().size())
        return;
    SessionInput again = m_session.inputs().at(input);
    again.product = product;
    emit classifyRequested(RunRequest{{again}, RunRequest::Mode::ReplaceInput, input});
}

} // namespace ekyc
