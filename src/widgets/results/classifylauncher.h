// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/product.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

class QMimeData;
class QWidget;

namespace ekyc {

class ClassificationController;
struct RunRequest;

// Turns what the person gives the window — files, folders or text dropped anywhere on it
// (it filters the window's drag and drop events), the clipboard, paths from the command line
// or the Open dialog — into runs of the controller. Asks first (window-modal, never
// blocking) when a folder holds more than InputCollector::ConfirmAbove files; when results
// are on show: add the new inputs to them or replace them (unless "Always do this" or
// Preferences chose already, AppSettings::newInputs); and when a run is going: cancel it, or
// queue the new inputs behind it.
class ClassifyLauncher : public QObject
{
    Q_OBJECT

public:
    using ProductChoice = std::function<std::optional<Product>()>;

    // Accepts drops on `window` from now on.
    ClassifyLauncher(ClassificationController *controller, QWidget *window, ProductChoice productChoice);

    // A file among `paths` that is a report of ekyc-codes (looksLikeReport) is not classified:
    // one alone is handed on (reportChosen), alongside others it is left out with a message.
    void classifyPaths(const QStringList &paths);
    // Text without a file (pasted, dropped) is classified as eKYC traffic (assumeEkyc).
    void classifyText(const QByteArray &text, const QString &label);
    // URLs (local files only; others are refused with a message) or else text. Returns
    // whether anything was classified (or is being asked about).
    bool classifyMimeData(const QMimeData *mime, const QString &textLabel);
    // Runs `request` now, or asks what to do while a run is going. Not new inputs (Classify
    // Again As): asks nothing about the results on show.
    void submit(RunRequest request);
    // Whether results are on show, so that new inputs ask whether to add to them.
    void setResultsOnShow(std::function<bool()> resultsOnShow) { m_resultsOnShow = std::move(resultsOnShow); }
    // Whether new inputs can be added to the results on show (not to a report opened from a
    // file, which holds no events): if not, the question is only whether to replace them.
    void setResultsAddable(std::function<bool()> addable) { m_resultsAddable = std::move(addable); }
    // Calls `replace` now when there are no results on show or Preferences says to replace
    // them; else asks `question` with Replace and Cancel first (window-modal, never blocking).
    void confirmReplace(const QString &question, const std::function<void()> &replace);
    // The Open dialog, starting in `folder`.
    void openLogs(const QString &folder);
    // Its filters: logs and every compressed or archive format InputSource reads (by their usual
    // names; the engine tells them apart by content), then all files.
    static QString openFilter();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void message(const QString &text);
    // Files and folders accepted for classifying, as given (for File ▸ Recent).
    void pathsAccepted(const QStringList &paths);
    // A report of ekyc-codes was dropped or chosen alone: to open (ReportOpener::open).
    void reportChosen(const QString &path);

private:
    void classifyFiles(const QStringList &files);
    // New inputs: add to or replace the results on show (asking if need be), then submit.
    void submitNew(RunRequest request);

    ClassificationController *m_controller;
    QWidget *m_window;
    ProductChoice m_productChoice;
    std::function<bool()> m_resultsOnShow;
    std::function<bool()> m_resultsAddable;
};

} // namespace ekyc
