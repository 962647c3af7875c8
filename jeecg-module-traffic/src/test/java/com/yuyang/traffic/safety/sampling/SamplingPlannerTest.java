package com.yuyang.traffic.safety.sampling;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A4 fairness of the draw: subjects, items and inspectors are each drawn uniformly (chi-square goodness of fit
 * over many seeded draws, below the 0.999 critical value), never twice, and only among eligible inspectors.
 */
class SamplingPlannerTest {

    /** Chi-square critical values at 0.999 by degrees of freedom. */
    static final double CRIT_3 = 16.266;
    static final double CRIT_7 = 24.322;
    static final double CRIT_9 = 27.877;

    static RandomSource seeded(long seed) {
        Random r = new Random(seed);
        return r::nextInt;
    }

    static double chiSquare(long[] observed, double expected) {
        double chi = 0;
        for (long o : observed) {
            chi += (o - expected) * (o - expected) / expected;
        }
        return chi;
    }

    static List<SamplingPlanner.Subject> subjects(int n) {
        List<SamplingPlanner.Subject> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new SamplingPlanner.Subject(1000 + i, 101, 10L, "/1/10/", 1L));
        }
        return out;
    }

    @Test
    void a4_each_subject_is_equally_likely_chi_square_over_2000_draws_of_1_from_10() {
        List<SamplingPlanner.Subject> candidates = subjects(10);
        SamplingPlanner planner = new SamplingPlanner(seeded(20261124L));
        long[] counts = new long[10];
        for (int i = 0; i < 2000; i++) {
            counts[(int) (planner.drawSubjects(candidates, 1).get(0).id() - 1000)]++;
        }
        assertThat(chiSquare(counts, 200.0)).isLessThan(CRIT_9);
    }

    @Test
    void a4_the_chi_square_check_rejects_a_biased_source() {
        // the same check on a source that prefers low indexes must fail: the test above can fail
        Random r = new Random(7);
        SamplingPlanner planner = new SamplingPlanner(bound -> Math.min(r.nextInt(bound), r.nextInt(bound)));
        List<SamplingPlanner.Subject> candidates = subjects(10);
        long[] counts = new long[10];
        for (int i = 0; i < 2000; i++) {
            counts[(int) (planner.drawSubjects(candidates, 1).get(0).id() - 1000)]++;
        }
        assertThat(chiSquare(counts, 200.0)).isGreaterThan(CRIT_9);
    }

    @Test
    void a4_no_subject_twice_in_one_draw_and_the_count_is_capped_by_the_candidates() {
        SamplingPlanner planner = new SamplingPlanner(seeded(1));
        List<SamplingPlanner.Subject> candidates = subjects(100);
        for (int round = 0; round < 200; round++) {
            List<SamplingPlanner.Subject> drawn = planner.drawSubjects(candidates, 50);
            assertThat(drawn).hasSize(50);
            assertThat(new HashSet<>(drawn.stream().map(SamplingPlanner.Subject::id).toList())).hasSize(50);
        }
        assertThat(planner.drawSubjects(candidates, 500)).hasSize(100);
    }

    @Test
    void a4_items_are_drawn_uniformly_among_the_industry_items_and_distinct() {
        SamplingPlanner planner = new SamplingPlanner(seeded(99));
        long[] pool = {11, 12, 13, 14, 15, 16, 17, 18};
        long[] counts = new long[8];
        for (int i = 0; i < 2000; i++) {
            long[] items = planner.drawItems(pool, 2);
            assertThat(items).hasSize(2);
            assertThat(items[0]).isNotEqualTo(items[1]);
            for (long item : items) {
                counts[(int) (item - 11)]++;
            }
        }
        // 4,000 picks over 8 items
        assertThat(chiSquare(counts, 500.0)).isLessThan(CRIT_7);
    }

    @Test
    void a4_the_inspector_is_drawn_uniformly_among_eligible_ones_only() {
        SamplingPlanner planner = new SamplingPlanner(seeded(4242));
        SamplingPlanner.Subject subject = new SamplingPlanner.Subject(1, 101, 10L, "/1/10/", 1L);
        Map<Long, long[]> itemsByIndustry = Map.of(1L, new long[]{11, 12});
        List<SamplingPlanner.Member> members = List.of(
                new SamplingPlanner.Member(1, "/1/10/"), new SamplingPlanner.Member(2, "/1/10/"),
                new SamplingPlanner.Member(3, "/1/10/100/"), new SamplingPlanner.Member(4, "/1/10/"),
                new SamplingPlanner.Member(5, "/1/11/"),   // another unit: never eligible
                new SamplingPlanner.Member(6, "/1/10/"));  // lacks item 12: never eligible
        Map<Long, Set<Long>> held = new HashMap<>();
        for (long u = 1; u <= 5; u++) {
            held.put(u, Set.of(11L, 12L));
        }
        held.put(6L, Set.of(11L));
        long[] counts = new long[7];
        for (int i = 0; i < 2000; i++) {
            SamplingPlanner.Plan plan = planner.assign(List.of(subject), 2, itemsByIndustry, Map.of(101L, members), held);
            assertThat(plan.unassigned()).isEmpty();
            counts[(int) plan.assignments().get(0).inspectorId()]++;
        }
        assertThat(counts[5]).isZero();
        assertThat(counts[6]).isZero();
        assertThat(chiSquare(new long[]{counts[1], counts[2], counts[3], counts[4]}, 500.0)).isLessThan(CRIT_3);
    }

    @Test
    void a4_subjects_without_an_eligible_inspector_are_reported_with_a_reason() {
        SamplingPlanner planner = new SamplingPlanner(seeded(5));
        List<SamplingPlanner.Subject> drawn = List.of(
                new SamplingPlanner.Subject(1, 101, 10L, "/1/10/", 1L),
                new SamplingPlanner.Subject(2, 102, 10L, "/1/10/", 1L),
                new SamplingPlanner.Subject(3, 101, 10L, "/1/10/", 9L));
        SamplingPlanner.Plan plan = planner.assign(drawn, 1, Map.of(1L, new long[]{11}),
                Map.of(101L, List.of(new SamplingPlanner.Member(7, "/1/10/"))), Map.of(7L, Set.of(11L)));
        assertThat(plan.assignments()).extracting(a -> a.subject().id()).containsExactly(1L);
        assertThat(plan.unassigned()).extracting(SamplingPlanner.Unassigned::subjectId).containsExactly(2L, 3L);
        assertThat(plan.unassigned()).allSatisfy(u -> assertThat(u.reason()).isNotBlank());
    }

    @Test
    void a4_plans_100000_subjects_with_16_items_in_well_under_a_second() {
        List<SamplingPlanner.Subject> candidates = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            candidates.add(new SamplingPlanner.Subject(i, 100 + i % 50, 10L, "/1/10/", (long) (i % 5)));
        }
        long[] items = new long[16];
        for (int i = 0; i < 16; i++) {
            items[i] = 30001 + i;
        }
        Map<Long, long[]> byIndustry = new HashMap<>();
        for (long ind = 0; ind < 5; ind++) {
            byIndustry.put(ind, items);
        }
        Map<Long, List<SamplingPlanner.Member>> members = new HashMap<>();
        Map<Long, Set<Long>> held = new HashMap<>();
        Set<Long> all = new HashSet<>();
        for (long it : items) {
            all.add(it);
        }
        for (long g = 100; g < 150; g++) {
            List<SamplingPlanner.Member> list = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                long user = g * 10 + k;
                list.add(new SamplingPlanner.Member(user, "/1/10/"));
                held.put(user, all);
            }
            members.put(g, list);
        }
        SamplingPlanner planner = new SamplingPlanner(new SecureRandomSource());
        long start = System.nanoTime();
        SamplingPlanner.Plan plan = planner.plan(candidates, 5000, 2, byIndustry, members, held);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(plan.assignments()).hasSize(5000);
        assertThat(ms).isLessThan(1000);
    }
}
