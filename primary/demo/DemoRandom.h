#pragma once

#include "DemoId.h"

#include <QtGlobal>
#include <random>

namespace primary {

// The single source of chance of the demo world. Only std::mt19937_64's raw
// output is used (its sequence is fixed by the standard); the standard
// distributions are not, as their results differ between library vendors and
// the same seed must give the same world everywhere.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed);

    quint64 next() { return m_engine(); }
    int below(int n); // in [0, n), n > 0
    int between(int low, int high); // in [low, high]
    double unit(); // in [0, 1)
    bool chance(double probability) { return unit() < probability; }
    DemoId id();

private:
    std::mt19937_64 m_engine;
};

} // namespace primary
