// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/results/reportopener.h"

#include "models/classificationcontroller.h"
#include "widgets/results/classifylauncher.h"
#include "widgets/results/resultsview.h"
#include "widgets/warningbox.h"

#include "core/boundedread.h"
#include "core/reportreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QThreadPool>

#include <memory>

namespace ekyc {

ReportOpener::ReportOpener(
    ResultsView *results, ClassificationController *controller, ClassifyLauncher *launcher, QWidget *window)
    : QObject(window)
    , m_results(results)
    , m_controller(controller)
    , m_launcher(launcher)
    , m_window(window)
{
}

QString ReportOpener::openFilter()
{
    return tr("JSON reports (*.json);;All files (*)");
}

void ReportOpener::chooseFile(const QString &folder)
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Report"), folder, openFilter());
    if (!path.isEmpty())
        open(path);
}

std::optional<Report> ReportOpener::read(const QString &path, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    if (QFileInfo(path).isDir()) {
        *error = tr("%1: is a folder, not a report").arg(name);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot open: %2").arg(name, file.errorString());
        return std::nullopt;
    }
    // A report starts with '{'; a log is refused before it is read whole.
    const QByteArray head = file.peek(4096).trimmed();
    if (!head.isEmpty() && !head.startsWith('{')) {
        *error = tr("%1: not a JSON report (it does not start with '{'; File ▸ Open Logs… classifies logs)").arg(name);
        return std::nullopt;
    }
    const QByteArray bytes = readBounded(file, MaxBytes);
    if (file.error() != QFileDevice::NoError) {
        *error = tr("%1: read error: %2").arg(name, file.errorString());
        return std::nullopt;
    }
    if (bytes.size() > MaxBytes) {
        *error = tr("%1: larger than %2, too large for a report").arg(name, QLocale().formattedDataSize(MaxBytes));
        return std::nullopt;
    }
    return reportFromJson(bytes, name, error);
}

void ReportOpener::open(const QString &path)
{
    if (m_controller->isBusy()) {
        emit message(tr("A classification is running: let it finish or cancel it (Esc), then open the report."));
        return;
    }
    if (m_reading) {
        emit message(tr("A report is being read already."));
        return;
    }
    m_reading = true;
    emit message(tr("Reading the report %1…").arg(QFileInfo(path).fileName()));
    // Parsing a report of many MB takes a while: off the GUI thread, the result handed back to
    // this object if it still exists (the window may close meanwhile).
    QThreadPool::globalInstance()->start([guard = QPointer<ReportOpener>(this), path] {
        auto error = std::make_shared<QString>();
        auto report = std::make_shared<std::optional<Report>>(read(path, error.get()));
        QMetaObject::invokeMethod(QCoreApplication::instance(), [guard, path, report, error] {
            if (guard)
                guard->loaded(path, std::move(*report), *error);
        });
    });
}

void ReportOpener::loaded(const QString &path, std::optional<Report> report, const QString &error)
{
    m_reading = false;
    if (!report) {
        openWarning(m_window, tr("Report Not Opened"),
            tr("The report could not be opened, so the results on show stay."), error,
            QStringLiteral("reportErrorDialog"));
        emit message(tr("The report was not opened: %1").arg(error));
        return;
    }
    if (m_controller->isBusy()) {
        emit message(tr("A classification is running: let it finish or cancel it (Esc), then open the report."));
        return;
    }
    const QString name = QFileInfo(path).fileName();
    auto shared = std::make_shared<Report>(std::move(*report));
    m_launcher->confirmReplace(tr("Show the report %1 in place of the results on show? A report cannot be added to "
                                  "results: it holds the counts, not the events.")
                                   .arg(name),
        [this, path, name, shared] {
            const int inputs = int(shared->files.size());
            m_results->showReport(path, std::move(*shared));
            emit shown();
            emit message(tr("Opened the report %1 (%n input(s)); it holds the counts, not the log lines.", nullptr,
                inputs)
                             .arg(name));
        });
}

} // namespace ekyc
