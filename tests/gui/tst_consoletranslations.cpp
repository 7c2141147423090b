// The console's catalogues are built from translations/regionalpods_<lang>.ts, embedded, and
// installed for the locale: the main window then speaks German, Canadian French or Spanish (French
// in France reads the Canadian catalogue, Spanish in Mexico the Spanish one); English installs
// nothing. In every language the menus and the window's buttons keep distinct Alt mnemonics.

#include "models/apiclient.h"
#include "models/consolecontroller.h"
#include "models/eventstream.h"
#include "testmain.h"
#include "ui/consoletranslations.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHash>
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
    void translatesTheWindow_data();
    void translatesTheWindow();
    void cleanup();
};

// Each row installs its own translators; the next row starts from English.
void TestConsoleTranslations::cleanup()
{
    for (auto *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestConsoleTranslations::englishInstallsNothing()
{
    QVERIFY(!ConsoleTranslations::install(*qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
}

void TestConsoleTranslations::translatesTheWindow_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("compliance");
    QTest::addColumn<QString>("cancel");
    QTest::addColumn<QString>("close");
    QTest::addColumn<QString>("healthy"); // the status bar's "18 healthy", inflected
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << "&Datei"
                           << "&Compliance"
                           << "Abbrechen"
                           << "Schließen"
                           << "18 intakt";
    QTest::newRow("fr_CA") << QLocale(QLocale::French, QLocale::Canada) << "&Fichier"
                           << "&Conformité"
                           << "Annuler"
                           << "Fermer"
                           << "18 sains";
    QTest::newRow("fr_FR") << QLocale(QLocale::French, QLocale::France) << "&Fichier"
                           << "&Conformité"
                           << "Annuler"
                           << "Fermer"
                           << "18 sains";
    QTest::newRow("es_ES") << QLocale(QLocale::Spanish, QLocale::Spain) << "&Archivo"
                           << "&Cumplimiento"
                           << "Cancelar"
                           << "Cerrar"
                           << "18 sanos";
    QTest::newRow("es_MX") << QLocale(QLocale::Spanish, QLocale::Mexico) << "&Archivo"
                           << "&Cumplimiento"
                           << "Cancelar"
                           << "Cerrar"
                           << "18 sanos";
}

void TestConsoleTranslations::translatesTheWindow()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, file);
    QFETCH(QString, compliance);
    QFETCH(QString, cancel);
    QFETCH(QString, close);
    QFETCH(QString, healthy);
    QVERIFY(ConsoleTranslations::install(*qApp, locale));
    QNetworkAccessManager network;
    ApiClient api(network);
    EventStream stream;
    ConsoleController controller(&api, &stream);
    MainWindow window(&controller);
    QStringList menus;
    for (QAction *menu : window.menuBar()->actions())
        menus.append(menu->text());
    // Every top-level menu is translated (none left in English).
    QVERIFY2(menus.contains(file), qPrintable(menus.join(u',')));
    QVERIFY2(menus.contains(compliance), qPrintable(menus.join(u',')));
    for (const auto *english : {"&File", "&View", "&Help"})
        QVERIFY2(!menus.contains(QLatin1String(english)), qPrintable(menus.join(u',')));
    QVERIFY(window.action(MainWindow::Action::Scale)->text() != QStringLiteral("&Scale Pod…"));

    // Issue #10.3 in every language: Alt+C opens Compliance, and no two top-level menus or
    // buttons of the main window share a mnemonic.
    QHash<QChar, QString> taken;
    QStringList clashes;
    const auto claim = [&](const QString &text) {
        const auto at = text.indexOf(QLatin1Char('&'));
        if (at < 0 || at + 1 >= text.size())
            return;
        const QChar key = text.at(at + 1).toLower();
        if (taken.contains(key))
            clashes.append(text + QStringLiteral(" / ") + taken.value(key));
        taken.insert(key, text);
    };
    for (const auto &menu : std::as_const(menus))
        claim(menu);
    for (auto *button : window.findChildren<QAbstractButton *>())
        claim(button->text());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u',')));
    QCOMPARE(taken.value(QLatin1Char('c')), compliance);

    QCOMPARE(QCoreApplication::translate("FleetSummaryLabel", "%n healthy", nullptr, 18), healthy);

    // Issue #10.9: Qt's own standard buttons are translated too (qtbase_<lang> from
    // qt6-translations-l10n, which the setup installs), not "Cancel" and "Close".
    QDialogButtonBox buttons(QDialogButtonBox::Cancel | QDialogButtonBox::Close);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&'), cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Close)->text().remove(u'&'), close);
}

RP_TEST(TestConsoleTranslations, "tst_consoletranslations")
#include "tst_consoletranslations.moc"
