#include "backend/core/audit/sha256.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <new>
#include <utility>

namespace {

// Fetched once: an implicit fetch inside EVP_DigestInit_ex costs a provider lookup per record.
const EVP_MD *sha256Method()
{
    static EVP_MD *const method = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return method;
}

} // namespace

Sha256::Sha256()
    : m_context(EVP_MD_CTX_new())
{
    if (!m_context || !sha256Method())
        throw std::bad_alloc();
    reset();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_context);
}

Sha256::Sha256(const Sha256 &other)
    : m_context(EVP_MD_CTX_new())
{
    if (!m_context || EVP_MD_CTX_copy_ex(m_context, other.m_context) != 1)
        throw std::bad_alloc();
}

Sha256 &Sha256::operator=(const Sha256 &other)
{
    if (this == &other)
        return *this;
    if (!m_context)
        m_context = EVP_MD_CTX_new(); // this one was moved from
    if (!m_context || EVP_MD_CTX_copy_ex(m_context, other.m_context) != 1)
        throw std::bad_alloc();
    return *this;
}

Sha256::Sha256(Sha256 &&other) noexcept
    : m_context(std::exchange(other.m_context, nullptr))
{ }

Sha256 &Sha256::operator=(Sha256 &&other) noexcept
{
    std::swap(m_context, other.m_context);
    return *this;
}

void Sha256::reset()
{
    // SHA-256 with a valid context cannot fail short of memory corruption; say so loudly.
    if (EVP_DigestInit_ex2(m_context, sha256Method(), nullptr) != 1)
        qFatal("SHA-256: EVP_DigestInit_ex2 failed");
}

void Sha256::addData(QByteArrayView data)
{
    if (!data.isEmpty() && EVP_DigestUpdate(m_context, data.data(), size_t(data.size())) != 1)
        qFatal("SHA-256: EVP_DigestUpdate failed");
}

Sha256::Digest Sha256::result()
{
    Digest digest{};
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_context, digest.data(), &length) != 1 || length != digest.size())
        qFatal("SHA-256: EVP_DigestFinal_ex failed");
    return digest;
}

Sha256::Digest Sha256::hash(QByteArrayView data)
{
    Sha256 sha;
    sha.addData(data);
    return sha.result();
}

const char *Sha256::implementation()
{
    return OpenSSL_version(OPENSSL_VERSION);
}
