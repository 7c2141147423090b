#include "models/tlstrust.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>

bool TlsTrust::addCaFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("TlsTrust", "Cannot read the CA file %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    const auto certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        *error = QCoreApplication::translate(
            "TlsTrust", "%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)")
                     .arg(path);
        return false;
    }
    auto configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(certificates);
    QSslConfiguration::setDefaultConfiguration(configuration);
    return true;
}
