// LogText::quoted: untrusted text cannot forge or break a log line.
#include "backend/core/logtext.h"
#include "testmain.h"

#include <QTest>

class TestLogText : public QObject
{
    Q_OBJECT

private slots:
    void escapes_data();
    void escapes();
    void longTextIsCut();
};

void TestLogText::escapes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("logged");
    QTest::newRow("plain") << "d1/student_pii/roster.csv"
                           << R"("d1/student_pii/roster.csv")";
    QTest::newRow("forged line") << "x\nrp.pods: pod deleted by admin"
                                 << R"("x\nrp.pods: pod deleted by admin")";
    QTest::newRow("carriage return") << "a\rb"
                                     << R"("a\rb")";
    QTest::newRow("quote and backslash") << R"(a"b\c)"
                                         << R"("a\"b\\c")";
    QTest::newRow("escape sequence") << "\x1b[31mred"
                                     << R"("\u001b[31mred")";
    QTest::newRow("unicode line separator") << QString::fromUtf16(u"a\u2028b") << R"("a\u2028b")";
    QTest::newRow("umlaut stays") << QString::fromUtf16(u"Schule München")
                                  << QString::fromUtf16(u"\"Schule München\"");
}

void TestLogText::escapes()
{
    QFETCH(QString, input);
    QFETCH(QString, logged);
    const QString out = LogText::quoted(input);
    QCOMPARE(out, logged);
    for (const QChar c : out)
        QVERIFY2(
            c.unicode() >= 0x20 && c.unicode() != 0x7f && c.unicode() != 0x2028, qPrintable(out));
    QCOMPARE(LogText::quoted(input.toUtf8().constData()), logged);
}

void TestLogText::longTextIsCut()
{
    const QString out = LogText::quoted(QString(10000, u'k'), 100);
    QCOMPARE(out.size(), 1 + 100 + 1 + 1); // quotes, 100 characters, the ellipsis
    QVERIFY(out.endsWith(QStringLiteral("…\"")));
}

RP_TEST(TestLogText, "tst_logtext")
#include "tst_logtext.moc"
