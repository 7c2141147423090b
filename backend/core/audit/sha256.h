#pragma once

#include <QByteArrayView>

#include <array>

/**
 * SHA-256 (FIPS 180-4). QCryptographicHash in Qt 6.4 manages ~100 MB/s, which makes verifying a
 * million-record audit chain take seconds; this one uses the x86 SHA extensions when the CPU has
 * them (≈10× faster) and a portable implementation otherwise. Both are checked against
 * QCryptographicHash in tst_auditchain.
 */
class Sha256
{
public:
    enum class Backend { Auto, Portable };
    using Digest = std::array<unsigned char, 32>;

    /** Starts a new hash; Auto picks the CPU's SHA extensions when available. */
    explicit Sha256(Backend backend = Backend::Auto);

    /** Discards any data added so far. */
    void reset();
    /** Feeds @p data into the hash. */
    void addData(QByteArrayView data);
    /** Returns the digest of everything added since the last reset; call reset() before reuse. */
    Digest result();

    /** Returns SHA-256(@p data). */
    static Digest hash(QByteArrayView data, Backend backend = Backend::Auto);
    /** Returns true if Backend::Auto runs on the CPU's SHA extensions. */
    static bool hardwareAccelerated();

private:
    void compress(const unsigned char *blocks, size_t count);

    std::array<quint32, 8> m_state{};
    std::array<unsigned char, 64> m_buffer{};
    size_t m_buffered = 0;
    quint64 m_length = 0;
    bool m_hardware = false;
};
