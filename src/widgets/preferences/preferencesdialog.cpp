// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/preferences/preferencesdialog.h"

#include "ui_preferencesdialog.h"

#include "models/appsettings.h"
#include "widgets/preferences/languagemanager.h"
#include "widgets/preferences/thememanager.h"
#include "widgets/preferences/windowpreferences.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>

namespace ekyc {

namespace {

void selectData(QComboBox *combo, int value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
}

} // namespace

PreferencesDialog::PreferencesDialog(WindowPreferences *preferences, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_preferences(preferences)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("preferencesDialog"));
    fillChoices();
    const AppSettings settings;
    selectData(m_ui->languageCombo, int(preferences->language()->choice()));
    selectData(m_ui->themeCombo, int(preferences->theme()->choice()));
    m_ui->maskCheck->setChecked(settings.maskPersonalData());
    selectData(m_ui->newInputsCombo, int(settings.newInputs()));
    m_ui->exportCombo->setCurrentIndex(settings.exportToFixedFolder() ? 1 : 0);
    m_ui->folderEdit->setText(QDir::toNativeSeparators(settings.fixedExportFolder()));
    updateFolderEnabled();
    connect(m_ui->exportCombo, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateFolderEnabled);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &PreferencesDialog::chooseFolder);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::fillChoices()
{
    // Item texts are set here, not in the form, so that a language change keeps the choices.
    const auto fill = [](QComboBox *combo, const QList<std::pair<QString, int>> &items) {
        const int current = combo->currentIndex();
        combo->clear();
        for (const auto &[text, value] : items)
            combo->addItem(text, value);
        combo->setCurrentIndex(std::max(0, current));
    };
    fill(m_ui->languageCombo,
        { { tr("System"), int(UiLanguage::System) }, { QStringLiteral("English"), int(UiLanguage::English) },
            { QStringLiteral("中文"), int(UiLanguage::Chinese) } });
    fill(m_ui->themeCombo,
        { { tr("System"), int(UiTheme::System) }, { tr("Light"), int(UiTheme::Light) },
            { tr("Dark"), int(UiTheme::Dark) } });
    fill(m_ui->newInputsCombo,
        { { tr("Ask each time"), int(NewInputsChoice::Ask) },
            { tr("Add them to the results on show"), int(NewInputsChoice::Add) },
            { tr("Replace the results on show"), int(NewInputsChoice::Replace) } });
    fill(m_ui->exportCombo, { { tr("The last folder used"), 0 }, { tr("This folder:"), 1 } });
}

void PreferencesDialog::updateFolderEnabled()
{
    const bool fixed = m_ui->exportCombo->currentIndex() == 1;
    m_ui->folderEdit->setEnabled(fixed);
    m_ui->browseButton->setEnabled(fixed);
}

void PreferencesDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Export Folder"), QDir::fromNativeSeparators(m_ui->folderEdit->text()));
    if (!folder.isEmpty())
        m_ui->folderEdit->setText(QDir::toNativeSeparators(folder));
}

void PreferencesDialog::accept()
{
    AppSettings settings;
    settings.setNewInputs(NewInputsChoice(m_ui->newInputsCombo->currentData().toInt()));
    const QString folder = QDir::fromNativeSeparators(m_ui->folderEdit->text().trimmed());
    settings.setExportFolder(m_ui->exportCombo->currentIndex() == 1 && !folder.isEmpty(), folder);
    settings.setMaskPersonalData(m_ui->maskCheck->isChecked());
    emit maskChosen(m_ui->maskCheck->isChecked());
    // Theme before language: a language change retranslates the window, which then reads
    // the new theme's colours once rather than twice.
    m_preferences->theme()->setChoice(UiTheme(m_ui->themeCombo->currentData().toInt()));
    m_preferences->language()->setChoice(UiLanguage(m_ui->languageCombo->currentData().toInt()));
    QDialog::accept();
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillChoices();
    }
    QDialog::changeEvent(event);
}

} // namespace ekyc
