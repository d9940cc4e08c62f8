// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Drives the main window as a person would, for the classification tests: drops (a
// QDropEvent with file URLs or text, sent to the window), waits for runs, finds rows.
#include "models/appsettings.h"
#include "models/classificationcontroller.h"
#include "models/inputsmodel.h"
#include "models/settingsformat.h"
#include "widgets/mainwindow.h"
#include "widgets/results/resultsview.h"

#include "resultrows.h"

#include <QApplication>
#include <QMimeData>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace windowdriver {

inline QList<QUrl> urls(const QStringList &fixtures)
{
    QList<QUrl> out;
    for (const QString &f : fixtures)
        out << QUrl::fromLocalFile(fixturePath(f));
    return out;
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

inline QByteArray runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(EKYC_CLI_PATH), args);
    if (!p.waitForFinished(60000))
        qFatal("the CLI did not finish");
    return p.readAllStandardOutput();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace windowdriver

using namespace windowdriver;

// Test classes derive from it (and QObject): a window per test, settings in a temporary folder.
class WindowDriver
{
protected:
    QTemporaryDir m_dir; // settings and generated logs
    std::unique_ptr<ekyc::MainWindow> m_window;
    ekyc::ResultsView *m_results = nullptr;
    ekyc::ClassificationController *m_controller = nullptr;
    QString m_bigLog;

    // A log of ~300 MB: 8 lines in 9 are noise, the others hold a code (as real logs do).
    QString bigLog()
    {
        if (!m_bigLog.isEmpty())
            return m_bigLog;
        QByteArray chunk;
        for (int i = 0; chunk.size() < (1 << 20); ++i) {
            chunk += i % 9 == 0
                ? QByteArray(
                      "2023-07-05 10:00:01 INFO [faceid-3] GetFaceIdResultIntl {\"Result\":\"2016\",\"RequestId\":\"")
                    + QByteArray::number(i) + "\"}\n"
                : QByteArray("2023-07-05 10:00:01 INFO [http-nio-8080-exec-7] c.e.api.Response - "
                             "{\"code\":200,\"msg\":\"ok\",\"id\":")
                    + QByteArray::number(i) + "}\n";
        }
        m_bigLog = m_dir.filePath(QStringLiteral("big.log"));
        QFile f(m_bigLog);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write the big log");
        for (int i = 0; i < 300; ++i)
            f.write(chunk);
        return m_bigLog;
    }

    bool drop(const QMimeData &mime)
    {
        const QPoint pos = m_window->rect().center();
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent event(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &event);
        return event.isAccepted();
    }
    bool drop(const QList<QUrl> &list)
    {
        QMimeData mime;
        mime.setUrls(list);
        return drop(mime);
    }
    // Drops `list` and waits for its run to finish.
    bool classify(const QList<QUrl> &list)
    {
        QSignalSpy finished(m_controller, &ekyc::ClassificationController::runFinished);
        return drop(list) && finished.wait(30000);
    }
    // After a cancelled run: the results on show are still `before` with one input listed, and a
    // drop of `fixture` (tests/data/classify/<fixture>.log) still classifies as expected. Returns
    // what is wrong, or an empty string.
    QString unchangedAndStillWorking(const QStringList &before, const QString &fixture)
    {
        const auto known = ekyc::EventStatus::Known;
        if (rows(known) != before)
            return QStringLiteral("the results on show changed");
        if (m_results->inputsModel()->rowCount() != 1)
            return QStringLiteral("the inputs on show changed");
        if (!classify(urls({ fixture + QStringLiteral(".log") })))
            return QStringLiteral("the next drop did not finish");
        if (rows(known) != expectedRows(expectedReport(fixture + QStringLiteral(".json")), QStringLiteral("known")))
            return QStringLiteral("the next drop's results are wrong");
        return {};
    }
    // The codes table (one for every status).
    QTableView *table(ekyc::EventStatus = ekyc::EventStatus::Known) const { return m_results->codesTable(); }
    // The rows of one status of the inputs selected (all by default), in the report's order.
    QStringList rows(ekyc::EventStatus status) const
    {
        const QString prefix = ekyc::eventStatusId(status) + QLatin1Char(':');
        QStringList out;
        for (const QString &row : resultRows(m_results->resultsModel())) {
            if (row.startsWith(prefix))
                out << row;
        }
        return out;
    }
    bool selectCode(ekyc::EventStatus status, const QString &code)
    {
        QTableView *view = table(status);
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, ekyc::ResultsModel::CodeColumn);
            if (index.data(ekyc::CodeRole).toString() == code
                && ekyc::EventStatus(index.data(ekyc::StatusRole).toInt()) == status) {
                view->setFocus();
                view->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                return true;
            }
        }
        return false;
    }
    template <typename T> T *child(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no %s in the main window", name);
        return widget;
    }

    // The fixture of the window tests: startSuite() in initTestCase, freshWindow() in init.
    bool startSuite()
    {
        if (!m_dir.isValid())
            return false;
        isolateSettings();
        return true;
    }
    // Settings cleared, then a new window (openWindow()).
    bool freshWindow()
    {
        QSettings().clear();
        return openWindow();
    }

    // Once per test executable: settings go to m_dir, never to the user's.
    void isolateSettings()
    {
        QSettings::setPath(
            ekyc::SettingsFormat::install(), QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("ekyc-codes-tests"));
    }
    // A new window, shown and active, with the settings it finds — except that new inputs
    // replace the results on show without asking, so a test can drop one input after another
    // (tst_newinputs sets Ask and answers the question).
    bool openWindow()
    {
        createWindow();
        return showWindow();
    }
    // The two halves of openWindow(), for a test that acts before the window is shown (as the
    // window's own arguments are taken while it is shown).
    void createWindow()
    {
        ekyc::AppSettings().setNewInputs(ekyc::NewInputsChoice::Replace);
        m_window = std::make_unique<ekyc::MainWindow>();
        m_results = m_window->resultsView();
        m_controller = m_window->controller();
    }
    bool showWindow()
    {
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        return QTest::qWaitForWindowActive(m_window.get());
    }
};
