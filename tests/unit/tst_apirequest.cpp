// ApiRequest::languages(): the Accept-Language header (RFC 9110 §12.5.4) as the ordered list of
// languages the daemon answers people's texts in (policy remedies, legal bases).

#include "backend/api/apirequest.h"
#include "testmain.h"

#include <QTest>

class TestApiRequest : public QObject
{
    Q_OBJECT

private slots:
    void acceptLanguage_data();
    void acceptLanguage();
};

void TestApiRequest::acceptLanguage_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QStringList>("languages");
    QTest::newRow("absent") << QByteArray() << QStringList{};
    QTest::newRow("one") << QByteArray("de") << QStringList{"de"};
    QTest::newRow("as the console sends it")
        << QByteArray("de-DE, de;q=0.8, en;q=0.1") << QStringList{"de-DE", "de", "en"};
    QTest::newRow("ordered by q, stable among equals")
        << QByteArray("en;q=0.2, es, fr-CA;q=0.9, de") << QStringList{"es", "de", "fr-CA", "en"};
    QTest::newRow("case normalised") << QByteArray("FR-ca") << QStringList{"fr-CA"};
    QTest::newRow("q=0 and * dropped") << QByteArray("*, de;q=0, es;q=0.5") << QStringList{"es"};
    QTest::newRow("garbage dropped, rest kept")
        << QByteArray("de\r\nX: 1, <script>, es;q=abc, fr") << QStringList{"fr"};
    QTest::newRow("spaces and empty entries") << QByteArray(" ,, de ;q=0.7 ,") << QStringList{"de"};
    QByteArray many;
    for (int i = 0; i < 1000; ++i)
        many += "de, ";
    QTest::newRow("a flood counts 16 entries") << many << QStringList(16, QStringLiteral("de"));
}

void TestApiRequest::acceptLanguage()
{
    QFETCH(QByteArray, header);
    QFETCH(QStringList, languages);
    ApiRequest request({}, {}, {}, {});
    request.setAcceptLanguage(header);
    QCOMPARE(request.languages(), languages);
}

RP_TEST(TestApiRequest, "tst_apirequest")
#include "tst_apirequest.moc"
