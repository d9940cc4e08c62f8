// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/catalog/pageimportdialog.h"
#include "widgets/warningbox.h"

#include "models/catalogdiffmodel.h"
#include "models/productnames.h"

#include "core/atomicfile.h"
#include "core/catalogdiff.h"
#include "core/catalogloader.h"
#include "core/catalogwriter.h"
#include "core/pageimporter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ekyc {

PageImportDialog::PageImportDialog(const Catalog &inUse, QWidget *parent)
    : QDialog(parent)
    , m_inUse(inUse)
    , m_text(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_preview(new QTableView(this))
    , m_diffModel(new CatalogDiffModel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("pageImportDialog"));
    setWindowTitle(tr("Update Catalog from Page"));
    auto *intro
        = new QLabel(tr("Paste the text of Tencent Cloud's eKYC error-code page (select all in the browser, "
                        "copy), or open a file holding it. The differences from the catalog in use show below."),
            this);
    intro->setWordWrap(true);
    auto *open = new QPushButton(tr("Open File…"), this);
    open->setObjectName(QStringLiteral("openPageButton"));
    m_text->setObjectName(QStringLiteral("pageText"));
    m_text->setPlaceholderText(tr("The page's text: its \"last updated\" line, then each table's heading and rows"));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setObjectName(QStringLiteral("changesPreview"));
    m_preview->setModel(m_diffModel);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setAccessibleName(tr("Differences from the catalog in use"));

    m_use = m_buttons->addButton(tr("Use"), QDialogButtonBox::AcceptRole);
    m_use->setObjectName(QStringLiteral("useButton"));
    m_use->setToolTip(tr("Use this catalog until the program ends"));
    m_remember = m_buttons->addButton(tr("Use and Remember"), QDialogButtonBox::AcceptRole);
    m_remember->setObjectName(QStringLiteral("useAndRememberButton"));
    m_remember->setToolTip(tr("Keep this catalog in the program's data folder and load it at every start"));
    m_save = m_buttons->addButton(tr("Save As…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveCatalogButton"));
    m_buttons->addButton(QDialogButtonBox::Cancel);

    // A renamed table: which product's it is, instead of the CLI's --map.
    m_mapRow = new QWidget(this);
    m_mapRow->setObjectName(QStringLiteral("headingMap"));
    m_mapLabel = new QLabel(m_mapRow);
    m_mapCombo = new QComboBox(m_mapRow);
    m_mapCombo->setObjectName(QStringLiteral("headingProductCombo"));
    for (Product product : AllProducts)
        m_mapCombo->addItem(productTitle(m_inUse, product), productIndex(product));
    m_mapLabel->setBuddy(m_mapCombo);
    auto *apply = new QPushButton(tr("Apply"), m_mapRow);
    auto *mapLayout = new QHBoxLayout(m_mapRow);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->addWidget(m_mapLabel);
    mapLayout->addWidget(m_mapCombo);
    mapLayout->addWidget(apply);
    mapLayout->addStretch(1);
    m_mapRow->hide();
    connect(apply, &QPushButton::clicked, this,
        [this] { mapHeading(m_unknownHeading, static_cast<Product>(m_mapCombo->currentData().toInt())); });

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(intro, 1);
    top->addWidget(open, 0, Qt::AlignTop);
    layout->addLayout(top);
    layout->addWidget(m_text, 2);
    layout->addWidget(m_status);
    layout->addWidget(m_mapRow);
    layout->addWidget(m_preview, 3);
    layout->addWidget(m_buttons);
    resize(900, 640);

    connect(open, &QPushButton::clicked, this, &PageImportDialog::chooseFile);
    connect(m_text, &QPlainTextEdit::textChanged, this, &PageImportDialog::import);
    connect(m_save, &QPushButton::clicked, this, &PageImportDialog::saveAs);
    connect(m_use, &QPushButton::clicked, this, [this] {
        if (m_catalog)
            emit useRequested(*m_catalog, false);
        accept();
    });
    connect(m_remember, &QPushButton::clicked, this, [this] {
        if (m_catalog)
            emit useRequested(*m_catalog, true);
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    import();
}

void PageImportDialog::mapHeading(const QString &heading, Product product)
{
    m_mapped.insert(heading, product);
    import();
}

void PageImportDialog::setPageText(const QString &text)
{
    m_text->setPlainText(text); // textChanged: import()
}

bool PageImportDialog::openPage(const QString &path)
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("%1: cannot open: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    if (file.size() > CatalogLoader::MaxFileBytes) {
        m_status->setText(tr("%1: too large for the page").arg(QFileInfo(path).fileName()));
        return false;
    }
    setPageText(QString::fromUtf8(file.readAll()));
    return true;
}

QString PageImportDialog::statusText() const
{
    return m_status->text();
}

void PageImportDialog::import()
{
    // The page is a few hundred lines: importing it as it is typed or pasted takes a millisecond.
    m_catalog.reset();
    m_unknownHeading.clear();
    const QString text = m_text->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_status->setText(tr("No page yet."));
    } else {
        PageImporter importer(m_inUse);
        for (auto it = m_mapped.cbegin(); it != m_mapped.cend(); ++it)
            importer.mapHeading(it.key(), it.value());
        m_catalog = importer.import(text.toUtf8());
        m_unknownHeading = importer.unknownHeading();
        if (!m_unknownHeading.isEmpty()) {
            m_status->setText(tr("The page cannot be used yet: line %1: the table heading \"%2\" is none of the "
                                 "catalog's. Which product's table is it?")
                                  .arg(importer.errorLine())
                                  .arg(m_unknownHeading));
            m_mapLabel->setText(tr("The table \"%1\" is the table of:").arg(m_unknownHeading));
        } else if (!m_catalog) {
            m_status->setText(tr("The page cannot be used: %1").arg(importer.error()));
        }
    }
    m_mapRow->setVisible(!m_unknownHeading.isEmpty());
    const bool ok = m_catalog.has_value();
    const CatalogDiff diff(m_inUse, ok ? *m_catalog : m_inUse);
    m_diffModel->setChanges(diff.changes());
    if (ok) {
        m_status->setText(diff.isEmpty()
                ? tr("Catalog %1, %2 rows: the same codes as the catalog in use (%3).")
                      .arg(m_catalog->updated())
                      .arg(m_catalog->size())
                      .arg(m_inUse.updated())
                : tr("Catalog %1, %2 rows; against the catalog in use (%3): %4 new, %5 removed, %6 billing changed, "
                     "%7 description changed.")
                      .arg(m_catalog->updated())
                      .arg(m_catalog->size())
                      .arg(m_inUse.updated())
                      .arg(diff.count(CatalogChange::Added))
                      .arg(diff.count(CatalogChange::Removed))
                      .arg(diff.count(CatalogChange::BillingChanged))
                      .arg(diff.count(CatalogChange::DescriptionChanged)));
    }
    m_use->setEnabled(ok);
    m_remember->setEnabled(ok);
    m_save->setEnabled(ok);
}

void PageImportDialog::chooseFile()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open Page"), QString(), tr("Text files (*.txt);;All files (*)"));
    if (!path.isEmpty())
        openPage(path);
}

QString PageImportDialog::saveTo(const QString &path) const
{
    if (!m_catalog)
        return tr("no catalog to save");
    return writeFileAtomically(path, CatalogWriter::toJson(*m_catalog));
}

void PageImportDialog::saveAs()
{
    if (!m_catalog)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Catalog"),
        QStringLiteral("ekyc-error-codes-%1.json").arg(m_catalog->updated()), tr("Catalog JSON (*.json)"));
    if (path.isEmpty())
        return;
    const QString error = saveTo(path);
    if (error.isEmpty()) {
        m_status->setText(tr("Saved to %1.").arg(QFileInfo(path).fileName()));
        return;
    }
    openWarning(this, tr("Catalog not saved"), tr("%1 could not be written: %2").arg(QFileInfo(path).fileName(), error));
}

} // namespace ekyc
