#include "backend/services/authservice.h"

#include "backend/core/validationerror.h"
#include "backend/services/logging.h"
#include "backend/store/tokenstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QUuid>

AuthService::AuthService(TokenStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    for (const auto &record : m_store.list()) {
        if (!record.revokedAt.isValid())
            cache(record.tokenHash, Principal{record.id, record.role, record.districts});
    }
}

void AuthService::cache(const QString &hash, const Principal &principal)
{
    QWriteLocker locker(&m_lock);
    m_byHash.insert(hash, principal);
    m_hashById.insert(principal.tokenId, hash);
}

bool AuthService::isActive(const QString &id) const
{
    QReadLocker locker(&m_lock);
    return m_hashById.contains(id);
}

QStringList AuthService::roles()
{
    return {QStringLiteral("admin"), QStringLiteral("operator"), QStringLiteral("auditor")};
}

QString AuthService::hashToken(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

std::optional<Principal> AuthService::authenticate(const QByteArray &header) const
{
    const auto trimmed = header.trimmed();
    if (!trimmed.startsWith("Bearer "))
        return std::nullopt;
    return authenticateToken(QString::fromUtf8(trimmed.mid(7).trimmed()));
}

std::optional<Principal> AuthService::authenticateToken(const QString &token) const
{
    if (token.isEmpty() || token.size() > 256)
        return std::nullopt;
    const auto hash = hashToken(token);
    QReadLocker locker(&m_lock);
    const auto found = m_byHash.constFind(hash);
    if (found == m_byHash.cend())
        return std::nullopt;
    return *found;
}

IssuedToken AuthService::issue(
    const QString &role, const QStringList &districts, const QString &label)
{
    if (!roles().contains(role))
        throw ValidationError(QStringLiteral("role"),
            QStringLiteral("'%1' is not one of %2").arg(role, roles().join(QStringLiteral(", "))));
    if (role == QLatin1String("auditor") && districts.isEmpty())
        throw ValidationError(QStringLiteral("districts"),
            QStringLiteral("an auditor token needs at least one district"));
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(secret.data()),
        reinterpret_cast<quint32 *>(secret.data() + secret.size()));
    IssuedToken issued;
    issued.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    issued.token = QStringLiteral("rp_")
        + QString::fromLatin1(
            secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    TokenRecord record;
    record.id = issued.id;
    record.tokenHash = hashToken(issued.token);
    record.role = role;
    record.districts = role == QLatin1String("auditor") ? districts : QStringList();
    record.label = label;
    record.createdAt = QDateTime::currentDateTimeUtc();
    m_store.insert(record);
    cache(record.tokenHash, Principal{record.id, record.role, record.districts});
    return issued;
}

bool AuthService::revoke(const QString &id)
{
    if (!m_store.revoke(id))
        return false;
    {
        QWriteLocker locker(&m_lock);
        m_byHash.remove(m_hashById.take(id));
    }
    Q_EMIT tokenRevoked(id);
    return true;
}

void AuthService::ensureAdminTokenFile(const QString &dataDir)
{
    const auto path = QDir(dataDir).filePath(QStringLiteral("admin.token"));
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly)) {
        const auto token = QString::fromUtf8(existing.readAll()).trimmed();
        const auto principal = authenticateToken(token);
        if (principal && principal->isAdmin())
            return;
        qCWarning(lcPods) << path << "holds no valid admin token; issuing a new one";
    }
    const auto issued = issue(QStringLiteral("admin"), {}, QStringLiteral("bootstrap admin"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw std::runtime_error(
            QStringLiteral("cannot write %1: %2").arg(path, file.errorString()).toStdString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(issued.token.toUtf8() + '\n');
    if (!file.commit())
        throw std::runtime_error(
            QStringLiteral("cannot write %1: %2").arg(path, file.errorString()).toStdString());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}
