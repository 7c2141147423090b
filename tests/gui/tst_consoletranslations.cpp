// The console's German catalogue is built from translations/regionalpods_de.ts, embedded, and
// installed for a German locale: the main window then speaks German; English installs nothing.

#include "models/apiclient.h"
#include "models/consolecontroller.h"
#include "models/eventstream.h"
#include "ui/consoletranslations.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

class TestConsoleTranslations : public QObject
{
    Q_OBJECT

private slots:
    void englishInstallsNothing();
    void germanTranslatesTheWindow();
};

void TestConsoleTranslations::englishInstallsNothing()
{
    QVERIFY(!ConsoleTranslations::install(*qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
}

void TestConsoleTranslations::germanTranslatesTheWindow()
{
    QVERIFY(ConsoleTranslations::install(*qApp, QLocale(QLocale::German, QLocale::Germany)));
    QNetworkAccessManager network;
    ApiClient api(network);
    EventStream stream;
    ConsoleController controller(&api, &stream);
    MainWindow window(&controller);
    QStringList menus;
    for (QAction *menu : window.menuBar()->actions())
        menus.append(menu->text());
    // Every top-level menu is translated (none left in English), and File reads as Datei.
    QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(u',')));
    for (const auto *english : {"&File", "&View", "&Help"})
        QVERIFY2(!menus.contains(QLatin1String(english)), qPrintable(menus.join(u',')));
    QVERIFY(window.action(MainWindow::Action::Scale)->text() != QStringLiteral("&Scale Pod…"));

    // Issue #10.9: Qt's own standard buttons speak German too (qtbase_de from
    // qt6-translations-l10n, which the setup installs), not "Cancel" and "Close".
    QDialogButtonBox buttons(QDialogButtonBox::Cancel | QDialogButtonBox::Close);
    QCOMPARE(
        buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&'), QStringLiteral("Abbrechen"));
    QCOMPARE(
        buttons.button(QDialogButtonBox::Close)->text().remove(u'&'), QStringLiteral("Schließen"));
}

QTEST_MAIN(TestConsoleTranslations)
#include "tst_consoletranslations.moc"
