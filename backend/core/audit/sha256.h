#pragma once

#include <QByteArrayView>

#include <array>

struct evp_md_ctx_st;

/**
 * SHA-256 through OpenSSL's libcrypto (EVP), which uses the CPU's SHA extensions where it has
 * them. A thin owner of one EVP context so the audit chain's hot path reuses it instead of
 * allocating one per record. Checked against QCryptographicHash and the FIPS 180-4 vectors in
 * tst_auditchain.
 */
class Sha256
{
public:
    using Digest = std::array<unsigned char, 32>;

    /** Starts a new hash; aborts (std::bad_alloc) only if libcrypto cannot allocate a context. */
    Sha256();
    ~Sha256();
    /** Copies carry the state hashed so far (an AuditChain is a value type). */
    Sha256(const Sha256 &other);
    Sha256 &operator=(const Sha256 &other);
    Sha256(Sha256 &&other) noexcept;
    Sha256 &operator=(Sha256 &&other) noexcept;

    /** Discards any data added so far. */
    void reset();
    /** Feeds @p data into the hash. */
    void addData(QByteArrayView data);
    /** Returns the digest of everything added since the last reset; call reset() before reuse. */
    Digest result();

    /** Returns SHA-256(@p data). */
    static Digest hash(QByteArrayView data);
    /** The implementation libcrypto picked, for benchmark and test logs ("OpenSSL 3.0.x"). */
    static const char *implementation();

private:
    evp_md_ctx_st *m_context = nullptr;
};
