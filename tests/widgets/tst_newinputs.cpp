// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// New inputs while results are on show: the question (add, replace, cancel), "Always do
// this", Preferences back to Ask; and the window title that names the inputs on show.
#include "models/appsettings.h"
#include "widgets/preferences/languagemanager.h"
#include "widgets/preferences/windowpreferences.h"

#include "windowdriver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>

using namespace ekyc;

class TestNewInputs : public QObject, public WindowDriver
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(startSuite()); }
    void init()
    {
        QVERIFY(freshWindow());
        AppSettings().setNewInputs(NewInputsChoice::Ask); // what a person gets at first
    }
    void cleanup() { m_window.reset(); }

    void noQuestionWithoutResults()
    {
        QVERIFY(classify(urls({ "h5-web.log" })));
        QVERIFY(!question());
        QCOMPARE(inputPaths(), QStringList { fixturePath(QStringLiteral("h5-web.log")) });
    }

    void eachAnswer_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<QStringList>("expected"); // the inputs on show afterwards
        QTest::newRow("add") << "addButton" << QStringList { "h5-web.log", "app-sdk.log" };
        QTest::newRow("replace") << "replaceButton" << QStringList { "app-sdk.log" };
        QTest::newRow("cancel") << "cancelButton" << QStringList { "h5-web.log" };
    }
    void eachAnswer()
    {
        QFETCH(QString, button);
        QFETCH(QStringList, expected);
        QVERIFY(classify(urls({ "h5-web.log" })));
        QSignalSpy started(m_controller, &ClassificationController::busyChanged);
        QSignalSpy finished(m_controller, &ClassificationController::runFinished);
        QVERIFY(drop(urls({ "app-sdk.log" })));
        QMessageBox *box = question();
        QVERIFY(box);
        QVERIFY(!m_controller->isBusy()); // nothing runs before the answer
        QCOMPARE(box->windowTitle(), QStringLiteral("Add or Replace?"));
        box->findChild<QPushButton *>(button)->click();
        if (button == QLatin1String("cancelButton")) {
            QVERIFY(started.isEmpty());
            QVERIFY(!m_controller->isBusy());
        } else {
            QVERIFY(finished.wait(30000));
        }
        QStringList paths;
        for (const QString &fixture : std::as_const(expected))
            paths << fixturePath(fixture);
        QCOMPARE(inputPaths(), paths);
        QTRY_VERIFY(!question()); // closed (and deleted) by the answer
    }

    // Pasted text is new input too; "Always do this" answers the next time without asking.
    void alwaysSkipsTheQuestion_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<NewInputsChoice>("stored");
        QTest::addColumn<int>("inputsAfterThirdDrop");
        QTest::newRow("always add") << "addButton" << NewInputsChoice::Add << 3;
        QTest::newRow("always replace") << "replaceButton" << NewInputsChoice::Replace << 1;
    }
    void alwaysSkipsTheQuestion()
    {
        QFETCH(QString, button);
        QFETCH(NewInputsChoice, stored);
        QFETCH(int, inputsAfterThirdDrop);
        QVERIFY(classify(urls({ "h5-web.log" })));
        QSignalSpy finished(m_controller, &ClassificationController::runFinished);
        QMimeData text;
        text.setText(QStringLiteral("GetFaceIdResultIntl {\"Result\":\"2016\"}"));
        QVERIFY(drop(text));
        QMessageBox *box = question();
        QVERIFY(box);
        box->findChild<QCheckBox *>(QStringLiteral("alwaysCheck"))->setChecked(true);
        box->findChild<QPushButton *>(button)->click();
        QVERIFY(finished.wait(30000));
        QCOMPARE(AppSettings().newInputs(), stored);

        QTRY_VERIFY(!question());
        QVERIFY(drop(urls({ "app-sdk.log" })));
        QVERIFY(!question());
        QVERIFY(finished.wait(30000));
        QCOMPARE(m_results->session().inputs().size(), inputsAfterThirdDrop);
        QCOMPARE(m_results->session().inputs().constLast().path, fixturePath(QStringLiteral("app-sdk.log")));
    }

    void preferencesBackToAskAsksAgain()
    {
        AppSettings().setNewInputs(NewInputsChoice::Replace);
        QVERIFY(classify(urls({ "h5-web.log" })));
        m_window->findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("preferencesDialog"))));
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("newInputsCombo"));
        QCOMPARE(combo->currentData().toInt(), int(NewInputsChoice::Replace));
        combo->setCurrentIndex(combo->findData(int(NewInputsChoice::Ask)));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(AppSettings().newInputs(), NewInputsChoice::Ask);
        QVERIFY(drop(urls({ "app-sdk.log" })));
        QVERIFY(question());
        QVERIFY(!m_controller->isBusy());
    }

    // Classify Again As is not new input: it asks nothing.
    void classifyAgainAsksNothing()
    {
        QVERIFY(classify(urls({ "h5-web.log" })));
        QSignalSpy finished(m_controller, &ClassificationController::runFinished);
        RunRequest again;
        again.mode = RunRequest::Mode::ReplaceInput;
        again.replaceInput = 0;
        again.inputs.append(m_results->session().inputs().constFirst());
        emit m_results->classifyRequested(again);
        QVERIFY(!question());
        QVERIFY(finished.wait(30000));
    }

    void titleNamesTheInputs_data()
    {
        QTest::addColumn<UiLanguage>("language");
        QTest::addColumn<QStringList>("fixtures");
        QTest::addColumn<QString>("title");
        QTest::newRow("none") << UiLanguage::English << QStringList() << "eKYC Codes";
        QTest::newRow("one") << UiLanguage::English << QStringList { "app.log" } << "app.log — eKYC Codes";
        QTest::newRow("three") << UiLanguage::English << QStringList { "h5-web.log", "app-sdk.log", "ambiguous.log" }
                               << "3 inputs — eKYC Codes";
        QTest::newRow("none, Chinese") << UiLanguage::Chinese << QStringList() << "eKYC 错误码";
        QTest::newRow("one, Chinese") << UiLanguage::Chinese << QStringList { "h5-web.log" }
                                      << "h5-web.log — eKYC 错误码";
        QTest::newRow("three, Chinese") << UiLanguage::Chinese
                                        << QStringList { "h5-web.log", "app-sdk.log", "ambiguous.log" }
                                        << "3 个输入 — eKYC 错误码";
    }
    void titleNamesTheInputs()
    {
        QFETCH(UiLanguage, language);
        QFETCH(QStringList, fixtures);
        QFETCH(QString, title);
        m_window->preferences()->language()->setChoice(language);
        QList<QUrl> inputs;
        for (const QString &fixture : std::as_const(fixtures)) {
            // A log named as a person's would be (the fixtures are named by what they hold).
            const QString path = m_dir.filePath(fixture);
            QVERIFY(QFile::copy(fixturePath(QStringLiteral("h5-web.log")), path) || QFile::exists(path));
            inputs << QUrl::fromLocalFile(path);
        }
        if (!inputs.isEmpty())
            QVERIFY(classify(inputs));
        QTRY_COMPARE(m_window->windowTitle(), title); // a language change arrives as a posted event
        m_window->preferences()->language()->setChoice(UiLanguage::English);
    }

private:
    QMessageBox *question() const { return m_window->findChild<QMessageBox *>(QStringLiteral("addOrReplaceDialog")); }
    QStringList inputPaths() const
    {
        QStringList out;
        for (const SessionInput &input : m_results->session().inputs())
            out << input.path;
        return out;
    }
};

QTEST_MAIN(TestNewInputs)
#include "tst_newinputs.moc"
