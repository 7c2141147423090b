#include "backend/services/authservice.h"

#include "backend/core/audit/sha256.h"
#include "backend/core/validationerror.h"
#include "backend/services/logging.h"
#include "backend/store/tokenstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QUuid>

#include <openssl/crypto.h>

std::atomic<quint64> AuthService::s_generation{0};

void AuthService::changed()
{
    s_generation.fetch_add(1, std::memory_order_acq_rel);
}

AuthService::AuthService(TokenStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    changed(); // another AuthService may have lived at this address
    for (const auto &record : m_store.list())
        cacheRecord(record);
    sweepExpired();
    m_sweep.setInterval(1000);
    connect(&m_sweep, &QTimer::timeout, this, &AuthService::sweepExpired);
    m_sweep.start();
}

namespace {

qint64 msOrNever(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

} // namespace

void AuthService::cacheRecord(const TokenRecord &record)
{
    if (record.revokedAt.isValid())
        return;
    const Principal principal{record.id, record.role, record.districts};
    cache(record.tokenHash, {principal, msOrNever(record.expiresAt), false});
    if (!record.previousHash.isEmpty() && record.previousExpiresAt.isValid())
        cache(record.previousHash, {principal, msOrNever(record.previousExpiresAt), true});
}

void AuthService::cache(const QString &hash, const Entry &entry)
{
    QWriteLocker locker(&m_lock);
    m_byHash.insert(hash, entry);
    m_hashesById.insert(entry.principal.tokenId, hash);
    changed();
}

void AuthService::sweepExpired()
{
    const auto now = QDateTime::currentMSecsSinceEpoch();
    QStringList ended;
    bool erased = false;
    {
        QWriteLocker locker(&m_lock);
        for (auto it = m_byHash.begin(); it != m_byHash.end();) {
            if (it->expiresMs == 0 || it->expiresMs > now) {
                ++it;
                continue;
            }
            m_hashesById.remove(it->principal.tokenId, it.key());
            if (!it->previous)
                ended.append(it->principal.tokenId);
            it = m_byHash.erase(it);
            erased = true;
        }
        // A token whose current secret expired is over, grace periods included.
        for (const auto &id : std::as_const(ended)) {
            for (const auto &hash : m_hashesById.values(id))
                m_byHash.remove(hash);
            m_hashesById.remove(id);
        }
        if (erased)
            changed();
    }
    for (const auto &id : std::as_const(ended)) {
        qCInfo(lcPods) << "token" << id << "expired";
        Q_EMIT tokenRevoked(id);
    }
}

bool AuthService::isActive(const QString &id) const
{
    QReadLocker locker(&m_lock);
    return m_hashesById.contains(id);
}

QList<TokenRecord> AuthService::list() const
{
    return m_store.list();
}

namespace {

QString newSecret()
{
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(secret.data()),
        reinterpret_cast<quint32 *>(secret.data() + secret.size()));
    return QStringLiteral("rp_")
        + QString::fromLatin1(
            secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

QString AuthService::hashToken(const QString &token)
{
    // Every authenticated request hashes its token: libcrypto (SHA extensions) through one
    // context per thread, not a software hash and a fresh context each time.
    thread_local Sha256 sha;
    sha.reset();
    sha.addData(token.toUtf8());
    const auto digest = sha.result();
    return QString::fromLatin1(QByteArray::fromRawData(
        reinterpret_cast<const char *>(digest.data()), qsizetype(digest.size()))
                                   .toHex());
}

std::optional<Principal> AuthService::authenticate(const QByteArray &header) const
{
    // An I/O thread sees the same few tokens again and again: it remembers the last header it
    // accepted, for as long as no token anywhere changed (issue, rotation, revocation and
    // expiry all bump the generation), and skips the hash and the lookup. Compared in constant
    // time, so the timing of a refusal says nothing about how much of a guess was right.
    struct Memo
    {
        const AuthService *owner = nullptr;
        quint64 generation = 0;
        QByteArray header;
        Entry entry;
    };
    thread_local Memo memo;
    const auto generation = s_generation.load(std::memory_order_acquire);
    std::optional<Entry> entry;
    if (memo.owner == this && memo.generation == generation && !header.isEmpty()
        && memo.header.size() == header.size()
        && CRYPTO_memcmp(memo.header.constData(), header.constData(), size_t(header.size())) == 0) {
        entry = memo.entry;
    } else {
        const auto trimmed = header.trimmed();
        if (!trimmed.startsWith("Bearer "))
            return std::nullopt;
        entry = find(QString::fromUtf8(trimmed.mid(7).trimmed()));
        if (!entry)
            return std::nullopt;
        memo = {this, generation, header, *entry};
    }
    if (expired(*entry))
        return std::nullopt;
    return entry->principal;
}

std::optional<Principal> AuthService::authenticateToken(const QString &token) const
{
    const auto entry = find(token);
    if (!entry || expired(*entry))
        return std::nullopt;
    return entry->principal;
}

bool AuthService::expired(const Entry &entry)
{
    // Expired but not yet swept: refused all the same.
    return entry.expiresMs != 0 && entry.expiresMs <= QDateTime::currentMSecsSinceEpoch();
}

std::optional<AuthService::Entry> AuthService::find(const QString &token) const
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
    TokenRole role, const QStringList &districts, const QString &label, const QDateTime &expires)
{
    if (expires.isValid() && expires <= QDateTime::currentDateTimeUtc())
        throw ValidationError(QStringLiteral("expires"),
            QStringLiteral("%1 is not in the future").arg(expires.toString(Qt::ISODate)));
    if (role == TokenRole::Auditor && districts.isEmpty())
        throw ValidationError(QStringLiteral("districts"),
            QStringLiteral("an auditor token needs at least one district"));
    IssuedToken issued;
    issued.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    issued.token = newSecret();
    TokenRecord record;
    record.id = issued.id;
    record.tokenHash = hashToken(issued.token);
    record.role = role;
    record.districts = role == TokenRole::Auditor ? districts : QStringList();
    record.label = label;
    record.createdAt = QDateTime::currentDateTimeUtc();
    record.expiresAt = expires;
    m_store.insert(record);
    cacheRecord(record);
    return issued;
}

std::optional<IssuedToken> AuthService::rotate(const QString &id, int graceSeconds)
{
    auto record = m_store.find(id);
    if (!record || record->revokedAt.isValid() || !isActive(id))
        return std::nullopt;
    IssuedToken rotated;
    rotated.id = id;
    rotated.token = newSecret();
    auto graceEnd = QDateTime::currentDateTimeUtc().addSecs(graceSeconds);
    if (record->expiresAt.isValid() && record->expiresAt < graceEnd)
        graceEnd = record->expiresAt;
    const auto newHash = hashToken(rotated.token);
    if (!m_store.rotate(id, newHash, graceEnd))
        return std::nullopt;
    {
        QWriteLocker locker(&m_lock);
        for (const auto &hash : m_hashesById.values(id))
            m_byHash.remove(hash); // an older grace period ends with the next rotation
        m_hashesById.remove(id);
        changed();
    }
    record->previousHash = record->tokenHash;
    record->previousExpiresAt = graceSeconds > 0 ? graceEnd : QDateTime();
    record->tokenHash = newHash;
    cacheRecord(*record);
    rotated.previousValidUntil = record->previousExpiresAt;
    return rotated;
}

bool AuthService::revoke(const QString &id)
{
    if (!m_store.revoke(id))
        return false;
    {
        QWriteLocker locker(&m_lock);
        for (const auto &hash : m_hashesById.values(id))
            m_byHash.remove(hash);
        m_hashesById.remove(id);
        changed();
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
    const auto issued = issue(TokenRole::Admin, {}, QStringLiteral("bootstrap admin"));
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
