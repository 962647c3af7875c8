package com.yuyang.traffic.safety.sampling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The draw of a sampling batch (A4), pure and in memory so it runs in milliseconds over 100,000 subjects
 * and can be checked statistically with a seeded {@link RandomSource}:
 * <ol>
 *   <li>subjects: a partial Fisher–Yates shuffle picks {@code count} distinct candidates, each subset equally
 *       likely (no subject twice);</li>
 *   <li>items: per subject, the same shuffle picks {@code itemCount} distinct items among those that apply to
 *       the subject's industry (all of them when the industry has fewer);</li>
 *   <li>inspector: uniformly among the members covering the subject's grid, of the subject's unit (their
 *       department at or below the subject's department), who hold every drawn item.</li>
 * </ol>
 */
public final class SamplingPlanner {

    public record Subject(long id, long gridId, Long deptId, String deptPath, Long industryId) {
    }

    public record Member(long userId, String deptPath) {
    }

    public record Assignment(Subject subject, long inspectorId, long[] itemIds) {
    }

    public record Unassigned(long subjectId, String reason) {
    }

    public record Plan(List<Assignment> assignments, List<Unassigned> unassigned) {
    }

    private final RandomSource random;

    public SamplingPlanner(RandomSource random) {
        this.random = random;
    }

    public Plan plan(List<Subject> candidates, int count, int itemCount, Map<Long, long[]> itemsByIndustry,
                     Map<Long, List<Member>> membersByGrid, Map<Long, Set<Long>> itemsByInspector) {
        return assign(drawSubjects(candidates, count), itemCount, itemsByIndustry, membersByGrid, itemsByInspector);
    }

    /** Items and inspector for subjects already drawn. */
    public Plan assign(List<Subject> drawn, int itemCount, Map<Long, long[]> itemsByIndustry,
                       Map<Long, List<Member>> membersByGrid, Map<Long, Set<Long>> itemsByInspector) {
        List<Assignment> assignments = new ArrayList<>(drawn.size());
        List<Unassigned> unassigned = new ArrayList<>();
        for (Subject s : drawn) {
            long[] pool = s.industryId() == null ? null : itemsByIndustry.get(s.industryId());
            if (pool == null || pool.length == 0) {
                unassigned.add(new Unassigned(s.id(), "主体所属行业未配置检查项"));
                continue;
            }
            long[] items = drawItems(pool, itemCount);
            List<Member> eligible = eligible(s, items, membersByGrid.getOrDefault(s.gridId(), List.of()),
                    itemsByInspector);
            if (eligible.isEmpty()) {
                unassigned.add(new Unassigned(s.id(), membersByGrid.getOrDefault(s.gridId(), List.of()).isEmpty()
                        ? "主体所在网格没有检查人员" : "网格内没有同时持有所抽检查项的本单位检查人员"));
                continue;
            }
            Member chosen = eligible.get(random.nextInt(eligible.size()));
            assignments.add(new Assignment(s, chosen.userId(), items));
        }
        return new Plan(assignments, unassigned);
    }

    /** {@code count} distinct candidates, uniformly: the first {@code count} steps of a Fisher–Yates shuffle. */
    public List<Subject> drawSubjects(List<Subject> candidates, int count) {
        int n = candidates.size();
        int k = Math.min(count, n);
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        List<Subject> drawn = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int t = index[i];
            index[i] = index[j];
            index[j] = t;
            drawn.add(candidates.get(index[i]));
        }
        return drawn;
    }

    long[] drawItems(long[] pool, int itemCount) {
        long[] copy = Arrays.copyOf(pool, pool.length);
        int k = Math.min(itemCount, copy.length);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(copy.length - i);
            long t = copy[i];
            copy[i] = copy[j];
            copy[j] = t;
        }
        return Arrays.copyOf(copy, k);
    }

    private static List<Member> eligible(Subject s, long[] items, List<Member> members,
                                         Map<Long, Set<Long>> itemsByInspector) {
        List<Member> out = new ArrayList<>();
        for (Member m : members) {
            if (!sameUnit(s, m)) {
                continue;
            }
            Set<Long> held = itemsByInspector.getOrDefault(m.userId(), Set.of());
            boolean holdsAll = true;
            for (long item : items) {
                if (!held.contains(item)) {
                    holdsAll = false;
                    break;
                }
            }
            if (holdsAll) {
                out.add(m);
            }
        }
        return out;
    }

    /** The inspector's department is the subject's department or lies below it; no department on the subject = grid only. */
    private static boolean sameUnit(Subject s, Member m) {
        if (s.deptPath() == null) {
            return true;
        }
        return m.deptPath() != null && m.deptPath().startsWith(s.deptPath());
    }
}
