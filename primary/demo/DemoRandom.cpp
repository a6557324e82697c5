#include "DemoRandom.h"

namespace primary {

DemoRandom::DemoRandom(quint64 seed)
    : m_engine(seed)
{ }

int DemoRandom::below(int n)
{
    Q_ASSERT(n > 0);
    // The modulo bias of a 64-bit draw over a small n is far below noticing.
    return int(next() % quint64(n));
}

int DemoRandom::between(int low, int high)
{
    Q_ASSERT(low <= high);
    return low + below(high - low + 1);
}

double DemoRandom::unit()
{
    return double(next() >> 11) * 0x1.0p-53;
}

DemoId DemoRandom::id()
{
    static constexpr char digits[] = "0123456789ABCDEF";
    DemoId result;
    for (int half = 0; half < 2; ++half) {
        quint64 bits = next();
        for (int i = 0; i < 16; ++i) {
            result.hex[size_t(half * 16 + i)] = digits[bits & 0xF];
            bits >>= 4;
        }
    }
    return result;
}

} // namespace primary
