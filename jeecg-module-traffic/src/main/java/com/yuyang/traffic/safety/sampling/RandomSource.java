package com.yuyang.traffic.safety.sampling;

/**
 * Where the sampling draws its randomness. Production uses {@link SecureRandomSource}; tests construct a
 * seeded implementation so the statistical properties of the draw can be checked reproducibly.
 */
public interface RandomSource {

    /** A uniformly distributed int in [0, bound). */
    int nextInt(int bound);
}
