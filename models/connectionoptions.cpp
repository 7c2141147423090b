#include "models/connectionoptions.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

QUrl ConnectionOptions::defaultUrl()
{
    return QUrl(QStringLiteral("http://127.0.0.1:7420"));
}

QString ConnectionOptions::defaultDataDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("regionalpods"));
}

QUrl ConnectionOptions::effectiveUrl() const
{
    return url.isEmpty() ? defaultUrl() : url;
}

QString ConnectionOptions::effectiveDataDir() const
{
    return dataDir.isEmpty() ? defaultDataDir() : dataDir;
}

bool ConnectionOptions::isDefaultLocalUrl() const
{
    return effectiveUrl().adjusted(QUrl::StripTrailingSlash) == defaultUrl();
}

QString ConnectionOptions::readTokenFile(const QString &dir)
{
    QFile file(QDir(dir).filePath(QStringLiteral("admin.token")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.read(4096)).trimmed();
}

QString ConnectionOptions::resolveToken() const
{
    for (const auto &candidate : {cliToken, envToken, settingsToken}) {
        if (!candidate.trimmed().isEmpty())
            return candidate.trimmed();
    }
    return readTokenFile(effectiveDataDir());
}
