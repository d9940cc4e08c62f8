// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

#include <memory>

namespace ekyc {

namespace Ui {
class PreferencesDialog;
}

class WindowPreferences;

// Edit ▸ Preferences…: the language and theme (the same choices as View ▸ Language and
// View ▸ Theme, applied through `preferences`), masking, what new inputs do while results are
// on show, and the folder Export starts in. Shows what is in force when opened; OK applies
// and remembers every choice (AppSettings), Cancel changes nothing.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(WindowPreferences *preferences, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

signals:
    // Masking was chosen on OK; the Results page shows it (and remembers it).
    void maskChosen(bool mask);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillChoices();
    void chooseFolder();
    void updateFolderEnabled();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    WindowPreferences *m_preferences;
};

} // namespace ekyc
