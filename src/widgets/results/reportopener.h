// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/report.h"

#include <QObject>
#include <QString>

#include <optional>

class QWidget;

namespace ekyc {

class ClassificationController;
class ClassifyLauncher;
class ResultsView;

// File ▸ Open Report…: shows a JSON report written elsewhere — by `ekyc-codes classify
// --format json` or `merge`, a colleague's or a cluster's — on the Results page, in place of
// the results on show (after ClassifyLauncher::confirmReplace; a report cannot be added to
// results, it holds the counts, not the events). The file is read and parsed off the GUI
// thread; a file that is not such a report gets a dialog with the reader's error and the
// results on show stay.
class ReportOpener : public QObject
{
    Q_OBJECT

public:
    // Larger files are refused before they are read: reports of even large runs are a few MB.
    static constexpr qint64 MaxBytes = qint64(256) << 20;

    ReportOpener(ResultsView *results, ClassificationController *controller, ClassifyLauncher *launcher,
        QWidget *window);

    // Reads `path` bounded by MaxBytes and parses it (reportFromJson); the error names the file.
    static std::optional<Report> read(const QString &path, QString *error);
    // Its filters: JSON reports, then all files.
    static QString openFilter();
    bool isReading() const { return m_reading; }

public slots:
    // The Open dialog, starting in `folder`.
    void chooseFile(const QString &folder = QString());
    void open(const QString &path);

signals:
    void message(const QString &text);
    // The report is on show.
    void shown();
    // Reading `path` ended: shown, refused (the error dialog is open) or not wanted.
    void finished(bool shown);

private:
    void loaded(const QString &path, std::optional<Report> report, const QString &error);

    ResultsView *m_results;
    ClassificationController *m_controller;
    ClassifyLauncher *m_launcher;
    QWidget *m_window;
    bool m_reading = false;
};

} // namespace ekyc
