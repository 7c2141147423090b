// --ca-file: a pinned CA is trusted by every connection the console opens; a bad file is a clear
// error that changes nothing.
#include "models/tlstrust.h"
#include "selfsignedcertificate.h"
#include "testmain.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

class TestTlsTrust : public QObject
{
    Q_OBJECT

private slots:
    void badFilesAreRefused();
    void pinnedCaJoinsTheDefaultTrust();
};

void TestTlsTrust::badFilesAreRefused()
{
    QTemporaryDir dir;
    const auto before = QSslConfiguration::defaultConfiguration().caCertificates().size();
    QString error;
    QVERIFY(!TlsTrust::addCaFile(dir.filePath(QStringLiteral("missing.pem")), &error));
    QVERIFY2(error.contains(QLatin1String("missing.pem")), qPrintable(error));
    QFile junk(dir.filePath(QStringLiteral("junk.pem")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a certificate\n");
    junk.close();
    QVERIFY(!TlsTrust::addCaFile(junk.fileName(), &error));
    QVERIFY2(error.contains(QLatin1String("no PEM certificate")), qPrintable(error));
    QCOMPARE(QSslConfiguration::defaultConfiguration().caCertificates().size(), before);
}

void TestTlsTrust::pinnedCaJoinsTheDefaultTrust()
{
    QTemporaryDir dir;
    const auto cert = dir.filePath(QStringLiteral("ca.crt"));
    QVERIFY(makeSelfSignedCertificate(
        cert, dir.filePath(QStringLiteral("ca.key")), QStringLiteral("/CN=Regional Pods test CA")));
    const auto pinned = QSslCertificate::fromPath(cert);
    QCOMPARE(pinned.size(), 1);
    QVERIFY(!QSslConfiguration::defaultConfiguration().caCertificates().contains(pinned.first()));
    QString error;
    QVERIFY2(TlsTrust::addCaFile(cert, &error), qPrintable(error));
    QVERIFY(QSslConfiguration::defaultConfiguration().caCertificates().contains(pinned.first()));
}

RP_TEST(TestTlsTrust, "tst_tlstrust")
#include "tst_tlstrust.moc"
