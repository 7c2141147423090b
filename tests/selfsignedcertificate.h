#pragma once

// Test helper: a fresh P-256 self-signed certificate and key from the openssl tool (installed
// by scripts/setup.sh), valid for 2 days, for TLS tests.

#include <QProcess>
#include <QString>
#include <QStringList>

/** Writes @p certPath and @p keyPath for @p subject (and @p subjectAltName when given). */
inline bool makeSelfSignedCertificate(const QString &certPath, const QString &keyPath,
    const QString &subject, const QString &subjectAltName = {})
{
    QStringList args{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
        QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
        QStringLiteral("-nodes"), QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"),
        certPath, QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), subject};
    if (!subjectAltName.isEmpty())
        args += {QStringLiteral("-addext"), QStringLiteral("subjectAltName=") + subjectAltName};
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), args);
    return openssl.waitForFinished(20000) && openssl.exitStatus() == QProcess::NormalExit
        && openssl.exitCode() == 0;
}
