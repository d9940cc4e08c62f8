// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/results/classifylauncher.h"

#include "core/reportreader.h"
#include "models/appsettings.h"
#include "models/classificationcontroller.h"
#include "models/inputcollector.h"

#include <QCheckBox>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>

namespace ekyc {

ClassifyLauncher::ClassifyLauncher(ClassificationController *controller, QWidget *window, ProductChoice productChoice)
    : QObject(window)
    , m_controller(controller)
    , m_window(window)
    , m_productChoice(std::move(productChoice))
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

bool ClassifyLauncher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (drag->mimeData()->hasUrls() || drag->mimeData()->hasText())
            drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (classifyMimeData(drop->mimeData(), tr("dropped text")))
            drop->acceptProposedAction();
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

void ClassifyLauncher::openLogs(const QString &folder)
{
    const QStringList files = QFileDialog::getOpenFileNames(m_window, tr("Open Logs"), folder, openFilter());
    if (!files.isEmpty())
        classifyPaths(files);
}

QString ClassifyLauncher::openFilter()
{
    // Rotated logs end in a digit (app.log.1); "All files" works too, the engine reads by content.
    return tr("Logs and archives (*.log *.txt *.json *.jsonl *.out *.[0-9] *.gz *.bz2 *.xz *.zst *.zip *.tar *.tgz "
              "*.tbz2 *.txz *.tzst);;All files (*)");
}

void ClassifyLauncher::classifyFiles(const QStringList &files)
{
    RunRequest request;
    const std::optional<Product> product = m_productChoice();
    for (const QString &file : files)
        request.inputs.append({ file, {}, file, product, false });
    submitNew(std::move(request));
}

namespace {

// Whether `path` is a file that starts as a JSON report of ekyc-codes does.
bool isReport(const QString &path)
{
    QFile file(path);
    return QFileInfo(path).isFile() && file.open(QIODevice::ReadOnly) && looksLikeReport(file.read(256));
}

} // namespace

void ClassifyLauncher::classifyPaths(const QStringList &given)
{
    QStringList paths;
    QStringList reports;
    for (const QString &path : given)
        (isReport(path) ? reports : paths) << path;
    if (!reports.isEmpty()) {
        if (paths.isEmpty() && reports.size() == 1) {
            emit reportChosen(reports.constFirst());
            return;
        }
        QStringList names;
        for (const QString &report : std::as_const(reports))
            names << QFileInfo(report).fileName();
        emit message(tr("Reports of ekyc-codes are not classified (open one with File ▸ Open Report…): %1")
                         .arg(names.join(QStringLiteral(", "))));
        if (paths.isEmpty())
            return;
    }
    const InputCollector::Inputs inputs = InputCollector::fromPaths(paths);
    if (inputs.files.isEmpty()) {
        emit message(tr("The folder holds no files to classify."));
        return;
    }
    emit pathsAccepted(paths);
    if (inputs.filesFromFolders <= InputCollector::ConfirmAbove) {
        classifyFiles(inputs.files);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Classify a Large Folder?"),
        tr("The folder holds %1 files. Classify them all?").arg(QLocale().toString(inputs.filesFromFolders)),
        QMessageBox::Yes | QMessageBox::No, m_window);
    box->setObjectName(QStringLiteral("largeFolderDialog"));
    box->setInformativeText(
        tr("Every regular file in it and its subfolders is read; symbolic links are not followed."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, files = inputs.files](int result) {
        if (result == QMessageBox::Yes)
            classifyFiles(files);
    });
    box->open();
}

void ClassifyLauncher::classifyText(const QByteArray &text, const QString &label)
{
    if (text.trimmed().isEmpty()) {
        emit message(tr("There is no text to classify."));
        return;
    }
    RunRequest request;
    // A snippet from a ticket rarely holds the action name that gives its codes eKYC
    // context (docs/classification.md, R3 d): pasted text is eKYC traffic by definition.
    request.inputs.append({ QString(), text, label, m_productChoice(), true });
    submitNew(std::move(request));
}

bool ClassifyLauncher::classifyMimeData(const QMimeData *mime, const QString &textLabel)
{
    if (!mime)
        return false;
    if (mime->hasUrls()) {
        const QList<QUrl> urls = mime->urls();
        QStringList paths;
        QStringList refused;
        for (const QUrl &url : urls) {
            if (url.isLocalFile())
                paths << url.toLocalFile();
            else
                refused << url.toDisplayString();
        }
        if (!refused.isEmpty())
            emit message(tr("Only files on this computer can be classified; refused: %1")
                             .arg(refused.join(QStringLiteral(", "))));
        if (!paths.isEmpty())
            classifyPaths(paths);
        return !paths.isEmpty();
    }
    if (mime->hasText()) {
        classifyText(mime->text().toUtf8(), textLabel);
        return true;
    }
    emit message(tr("Nothing to classify: drop log files, folders or text."));
    return false;
}

void ClassifyLauncher::submitNew(RunRequest request)
{
    if (!m_resultsOnShow || !m_resultsOnShow()) {
        submit(std::move(request));
        return;
    }
    if (m_resultsAddable && !m_resultsAddable()) {
        request.mode = RunRequest::Mode::Replace;
        confirmReplace(tr("Replace the report on show with the new inputs? Inputs cannot be added to a report "
                          "opened from a file: it holds the counts, not the events."),
            [this, request] { submit(request); });
        return;
    }
    const NewInputsChoice choice = AppSettings().newInputs();
    if (choice != NewInputsChoice::Ask) {
        request.mode = choice == NewInputsChoice::Add ? RunRequest::Mode::Append : RunRequest::Mode::Replace;
        submit(std::move(request));
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Add or Replace?"),
        tr("Add the new inputs to the results on show, or replace those results with them?"), QMessageBox::Cancel,
        m_window);
    box->setObjectName(QStringLiteral("addOrReplaceDialog"));
    QPushButton *add = box->addButton(tr("&Add to These Results"), QMessageBox::AcceptRole);
    add->setObjectName(QStringLiteral("addButton"));
    QPushButton *replace = box->addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    replace->setObjectName(QStringLiteral("replaceButton"));
    box->button(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    auto *always = new QCheckBox(tr("Al&ways do this (Edit ▸ Preferences can ask again)"), box);
    always->setObjectName(QStringLiteral("alwaysCheck"));
    box->setCheckBox(always);
    box->setDefaultButton(add);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        box, &QMessageBox::buttonClicked, this, [this, add, replace, always, request](QAbstractButton *button) mutable {
            if (button != add && button != replace)
                return;
            const bool adding = button == add;
            if (always->isChecked())
                AppSettings().setNewInputs(adding ? NewInputsChoice::Add : NewInputsChoice::Replace);
            request.mode = adding ? RunRequest::Mode::Append : RunRequest::Mode::Replace;
            submit(std::move(request));
        });
    box->open();
}

void ClassifyLauncher::confirmReplace(const QString &question, const std::function<void()> &replace)
{
    if (!m_resultsOnShow || !m_resultsOnShow() || AppSettings().newInputs() == NewInputsChoice::Replace) {
        replace();
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Replace the Results?"), question, QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("replaceResultsDialog"));
    QPushButton *yes = box->addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("replaceButton"));
    box->button(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    box->setDefaultButton(yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [yes, replace](QAbstractButton *button) {
        if (button == yes)
            replace();
    });
    box->open();
}

void ClassifyLauncher::submit(RunRequest request)
{
    if (!m_controller->isBusy()) {
        m_controller->start(std::move(request));
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("A Classification Is Running"),
        tr("Cancel the running classification and classify the new inputs instead, or "
           "queue them to be classified after it?"),
        QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("busyDialog"));
    QPushButton *cancelRun = box->addButton(tr("Cancel &Running"), QMessageBox::DestructiveRole);
    cancelRun->setObjectName(QStringLiteral("cancelRunningButton"));
    QPushButton *queue = box->addButton(tr("&Queue"), QMessageBox::AcceptRole);
    queue->setObjectName(QStringLiteral("queueButton"));
    box->addButton(tr("&Don't Classify"), QMessageBox::RejectRole)->setObjectName(QStringLiteral("dontClassifyButton"));
    box->setDefaultButton(queue);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, cancelRun, queue, request](QAbstractButton *button) mutable {
        if (button == cancelRun) {
            m_controller->cancelAndStart(std::move(request));
        } else if (button == queue) {
            // Queued inputs join the results of the run before them instead of replacing them.
            if (request.mode == RunRequest::Mode::Replace)
                request.mode = RunRequest::Mode::Append;
            m_controller->start(std::move(request));
        }
    });
    box->open();
}

} // namespace ekyc
