#include "platforms/sha256.h"

#include <array>
#include <cstdint>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <immintrin.h>
#define CS_SHA256_SHANI 1
#endif

namespace ConvStudio::Sha256 {

namespace {

constexpr std::array<uint32_t, 64> K {0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
    0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
    0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa,
    0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
    0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb,
    0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624,
    0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb,
    0xbef9a3f7, 0xc67178f2};

inline uint32_t rotr(uint32_t x, int n)
{
    return (x >> n) | (x << (32 - n));
}

void compress(std::array<uint32_t, 8> &h, const unsigned char *block)
{
    uint32_t w[64];
    for (int i = 0; i < 16; ++i)
        w[i] = uint32_t(block[i * 4]) << 24 | uint32_t(block[i * 4 + 1]) << 16
            | uint32_t(block[i * 4 + 2]) << 8 | uint32_t(block[i * 4 + 3]);
    for (int i = 16; i < 64; ++i) {
        const uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
        const uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 64; ++i) {
        const uint32_t s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
        const uint32_t ch = (e & f) ^ (~e & g);
        const uint32_t t1 = hh + s1 + ch + K[size_t(i)] + w[i];
        const uint32_t s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
        const uint32_t maj = (a & b) ^ (a & c) ^ (b & c);
        const uint32_t t2 = s0 + maj;
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
}

#ifdef CS_SHA256_SHANI
// One message's state in the SHA-extension rounds: the working variables as the instructions want
// them (ABEF, CDGH), their values before the block, and the message schedule's last 16 words.
// Plain variables, not arrays, so that two of them stay in registers at any optimization level.
struct ShaNiState
{
    __m128i abef, cdgh, abefSave, cdghSave, w0, w1, w2, w3;
};

__attribute__((target("sha,sse4.1,ssse3"), always_inline)) inline ShaNiState shaNiLoad(
    const std::array<uint32_t, 8> &h, const unsigned char *block)
{
    const __m128i mask = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i tmp = _mm_loadu_si128(reinterpret_cast<const __m128i *>(&h[0]));
    __m128i state1 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(&h[4]));
    tmp = _mm_shuffle_epi32(tmp, 0xB1); // CDAB
    state1 = _mm_shuffle_epi32(state1, 0x1B); // EFGH
    ShaNiState s;
    s.abef = _mm_alignr_epi8(tmp, state1, 8); // ABEF
    s.cdgh = _mm_blend_epi16(state1, tmp, 0xF0); // CDGH
    s.abefSave = s.abef;
    s.cdghSave = s.cdgh;
    s.w0 = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(block)), mask);
    s.w1 = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(block + 16)), mask);
    s.w2 = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(block + 32)), mask);
    s.w3 = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(block + 48)), mask);
    return s;
}

__attribute__((target("sha,sse4.1,ssse3"), always_inline)) inline void shaNiSchedule(ShaNiState &s)
{
    __m128i next = _mm_sha256msg1_epu32(s.w0, s.w1);
    next = _mm_add_epi32(next, _mm_alignr_epi8(s.w3, s.w2, 4));
    next = _mm_sha256msg2_epu32(next, s.w3);
    s.w0 = s.w1;
    s.w1 = s.w2;
    s.w2 = s.w3;
    s.w3 = next;
}

__attribute__((target("sha,sse4.1,ssse3"), always_inline)) inline void shaNiStore(
    const ShaNiState &s, std::array<uint32_t, 8> &h)
{
    const __m128i state0 = _mm_add_epi32(s.abef, s.abefSave);
    __m128i state1 = _mm_add_epi32(s.cdgh, s.cdghSave);
    const __m128i tmp = _mm_shuffle_epi32(state0, 0x1B); // FEBA
    state1 = _mm_shuffle_epi32(state1, 0xB1); // DCHG
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&h[0]), _mm_blend_epi16(tmp, state1, 0xF0)); // DCBA
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&h[4]), _mm_alignr_epi8(state1, tmp, 8)); // HGFE
}

// The same compression with the x86 SHA extensions (Intel's reference sequence); the state stays in
// h[0..7] order so both paths are interchangeable block by block.
__attribute__((target("sha,sse4.1,ssse3"))) void compressShaNi(
    std::array<uint32_t, 8> &h, const unsigned char *block)
{
    ShaNiState s = shaNiLoad(h, block);
    // Unrolled: the round constants become immediates, and nothing waits on the loop counter.
#pragma GCC unroll 16
    for (int g = 0; g < 16; ++g) {
        __m128i msg
            = _mm_add_epi32(s.w0, _mm_loadu_si128(reinterpret_cast<const __m128i *>(&K[size_t(g) * 4])));
        s.cdgh = _mm_sha256rnds2_epu32(s.cdgh, s.abef, msg);
        msg = _mm_shuffle_epi32(msg, 0x0E);
        s.abef = _mm_sha256rnds2_epu32(s.abef, s.cdgh, msg);
        // W[4g+16 .. 4g+19] from the previous 16 words; rotate the window.
        shaNiSchedule(s);
    }
    shaNiStore(s, h);
}

// Two independent blocks in lockstep: each SHA round instruction waits on the one before it in
// its own message, and the other message's rounds fill that wait.
__attribute__((target("sha,sse4.1,ssse3"))) void compressShaNi2(std::array<uint32_t, 8> &ha,
    const unsigned char *blockA, std::array<uint32_t, 8> &hb, const unsigned char *blockB)
{
    ShaNiState a = shaNiLoad(ha, blockA);
    ShaNiState b = shaNiLoad(hb, blockB);
    // Unrolled: the round constants become immediates, and nothing waits on the loop counter.
#pragma GCC unroll 16
    for (int g = 0; g < 16; ++g) {
        const __m128i k = _mm_loadu_si128(reinterpret_cast<const __m128i *>(&K[size_t(g) * 4]));
        __m128i msgA = _mm_add_epi32(a.w0, k);
        __m128i msgB = _mm_add_epi32(b.w0, k);
        a.cdgh = _mm_sha256rnds2_epu32(a.cdgh, a.abef, msgA);
        b.cdgh = _mm_sha256rnds2_epu32(b.cdgh, b.abef, msgB);
        msgA = _mm_shuffle_epi32(msgA, 0x0E);
        msgB = _mm_shuffle_epi32(msgB, 0x0E);
        a.abef = _mm_sha256rnds2_epu32(a.abef, a.cdgh, msgA);
        b.abef = _mm_sha256rnds2_epu32(b.abef, b.cdgh, msgB);
        shaNiSchedule(a);
        shaNiSchedule(b);
    }
    shaNiStore(a, ha);
    shaNiStore(b, hb);
}

bool cpuHasShaNi()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d))
        return false;
    const bool sse = (c & (1u << 9)) && (c & (1u << 19)); // SSSE3, SSE4.1
    if (!sse || !__get_cpuid_count(7, 0, &a, &b, &c, &d))
        return false;
    return b & (1u << 29); // SHA
}

const bool useShaNi = cpuHasShaNi();
#endif

void compressBlock(std::array<uint32_t, 8> &h, const unsigned char *block)
{
#ifdef CS_SHA256_SHANI
    if (useShaNi)
        return compressShaNi(h, block);
#endif
    compress(h, block);
}

constexpr std::array<uint32_t, 8> initialState {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

// The last bytes of a message (size % 64 of them) with its padding: one block, or two when the
// length does not fit after them. Returns the number of blocks.
int padTail(const unsigned char *rest, size_t restSize, size_t messageSize, unsigned char (&tail)[128])
{
    std::memset(tail, 0, sizeof tail);
    if (restSize)
        std::memcpy(tail, rest, restSize);
    tail[restSize] = 0x80;
    const size_t tailSize = restSize + 9 <= 64 ? 64 : 128;
    const uint64_t bits = uint64_t(messageSize) * 8;
    for (int i = 0; i < 8; ++i)
        tail[tailSize - 1 - size_t(i)] = static_cast<unsigned char>(bits >> (8 * i));
    return int(tailSize / 64);
}

void writeHex(const std::array<uint32_t, 8> &h, char *out)
{
    // Two digits per byte from a table: "00" … "ff".
    static constexpr auto pairs = [] {
        constexpr char digits[] = "0123456789abcdef";
        std::array<char, 512> table {};
        for (size_t b = 0; b < 256; ++b) {
            table[2 * b] = digits[b >> 4];
            table[2 * b + 1] = digits[b & 0xf];
        }
        return table;
    }();
    for (const uint32_t word : h) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            std::memcpy(out, pairs.data() + 2 * ((word >> shift) & 0xff), 2);
            out += 2;
        }
    }
}

} // namespace

void hexTo(QByteArrayView data, char *out)
{
    std::array<uint32_t, 8> h = initialState;
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    const size_t size = size_t(data.size());
    size_t offset = 0;
    for (; offset + 64 <= size; offset += 64)
        compressBlock(h, bytes + offset);
    unsigned char tail[128];
    const int blocks = padTail(bytes + offset, size - offset, size, tail);
    compressBlock(h, tail);
    if (blocks == 2)
        compressBlock(h, tail + 64);
    writeHex(h, out);
}

#ifdef CS_SHA256_SHANI
namespace {

// A message of at most 55 bytes as its one padded block.
void padSingleBlock(QByteArrayView message, unsigned char (&block)[64])
{
    std::memset(block, 0, sizeof block);
    std::memcpy(block, message.data(), size_t(message.size()));
    block[message.size()] = 0x80;
    const uint64_t bits = uint64_t(message.size()) * 8;
    for (int i = 0; i < 8; ++i)
        block[63 - i] = static_cast<unsigned char>(bits >> (8 * i));
}

// writeHex() with SSSE3 (present wherever the SHA extensions are): sixteen digits per step, each
// nibble looked up in a register.
__attribute__((target("sse4.1,ssse3"))) void writeHexSsse3(const std::array<uint32_t, 8> &h, char *out)
{
    const __m128i digits
        = _mm_setr_epi8('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f');
    const __m128i low = _mm_set1_epi8(0x0f);
    // The words' bytes in big-endian order (the digest's byte order).
    const __m128i swap = _mm_setr_epi8(3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12);
    for (int half = 0; half < 2; ++half) {
        const __m128i bytes = _mm_shuffle_epi8(
            _mm_loadu_si128(reinterpret_cast<const __m128i *>(&h[size_t(half) * 4])), swap);
        const __m128i hi = _mm_shuffle_epi8(digits, _mm_and_si128(_mm_srli_epi16(bytes, 4), low));
        const __m128i lo = _mm_shuffle_epi8(digits, _mm_and_si128(bytes, low));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out + half * 32), _mm_unpacklo_epi8(hi, lo));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out + half * 32 + 16), _mm_unpackhi_epi8(hi, lo));
    }
}

} // namespace
#endif

void hexTo2(QByteArrayView a, char *outA, QByteArrayView b, char *outB)
{
#ifdef CS_SHA256_SHANI
    // Up to 55 bytes a message is one padded block (almost every normalized identifier).
    if (useShaNi && a.size() <= 55 && b.size() <= 55) {
        std::array<uint32_t, 8> ha = initialState, hb = initialState;
        unsigned char blockA[64], blockB[64];
        padSingleBlock(a, blockA);
        padSingleBlock(b, blockB);
        compressShaNi2(ha, blockA, hb, blockB);
        writeHexSsse3(ha, outA);
        writeHexSsse3(hb, outB);
        return;
    }
#endif
    hexTo(a, outA);
    hexTo(b, outB);
}

QString hex(QByteArrayView data)
{
    char digits[64];
    hexTo(data, digits);
    return QString::fromLatin1(digits, 64);
}

QString hexOfUtf8(QStringView text)
{
    // Short ASCII values (almost all normalized identifiers) need no heap copy.
    char buffer[256];
    if (text.size() <= qsizetype(sizeof buffer)) {
        qsizetype i = 0;
        for (; i < text.size(); ++i) {
            const char16_t c = text[i].unicode();
            if (c >= 0x80)
                break;
            buffer[i] = char(c);
        }
        if (i == text.size())
            return hex(QByteArrayView(buffer, i));
    }
    const QByteArray utf8 = text.toUtf8();
    return hex(utf8);
}

} // namespace ConvStudio::Sha256
