package com.yuyang.traffic.safety.sampling;

import org.springframework.stereotype.Component;

import java.security.SecureRandom;

/** The only production random source: not predictable, not seedable (A4 fairness). */
@Component
public class SecureRandomSource implements RandomSource {

    private final SecureRandom random = new SecureRandom();

    @Override
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
