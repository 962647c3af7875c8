package com.yuyang.base.online.data;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.yuyang.base.online.ddl.TableChangeStamps;
import com.yuyang.base.online.metadata.FormDef;
import com.yuyang.base.online.query.ListQuery;
import com.yuyang.base.online.query.OnlineSql;
import com.yuyang.base.online.query.RowScope;
import com.yuyang.base.online.query.Sql;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * Exact list totals. A total counted at a table's change stamp (see {@link TableChangeStamps}) is kept, keyed by
 * the count statement with all its values (filters, tenant, the caller's grids), and is answered again only
 * while the page statement reads the same stamp: a list paged through, or a list many people open, counts once
 * per change of the table instead of once per request, and never shows a total the rows do not have.
 */
@Component
public class ListTotals {

    private record Counted(String stamp, long total) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final TableChangeStamps stamps;
    private final Cache<String, Counted> counted = Caffeine.newBuilder()
            .maximumSize(20_000).expireAfterAccess(Duration.ofMinutes(30)).build();
    private final Counter reused;
    private final Counter counts;

    public ListTotals(NamedParameterJdbcTemplate jdbc, TableChangeStamps stamps, ObjectProvider<MeterRegistry> meters) {
        this.jdbc = jdbc;
        this.stamps = stamps;
        MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
        this.reused = Counter.builder("online.list.total").tag("source", "stamp").description("list totals answered at an unchanged change stamp").register(registry);
        this.counts = Counter.builder("online.list.total").tag("source", "count").description("list totals counted").register(registry);
    }

    /** Whether page statements of this form should read the change stamp. */
    public boolean stamped(FormDef form) {
        return stamps.tracked(form);
    }

    /**
     * The total of the filtered list. {@code pageStamp} is the stamp the page statement read (null when the page
     * was empty or the table is untracked): an earlier count at that very stamp is the answer.
     */
    public long total(FormDef form, ListQuery q, RowScope scope, String pageStamp) {
        boolean stamped = pageStamp != null;
        boolean withStamp = stamped || stamps.tracked(form);
        Sql sql = OnlineSql.count(form, q, scope, withStamp);
        String key = sql.text() + '\u0000' + sql.params().getValues();
        if (stamped) {
            Counted known = counted.getIfPresent(key);
            if (known != null && known.stamp().equals(pageStamp)) {
                reused.increment();
                return known.total();
            }
        }
        Counted fresh = Objects.requireNonNull(jdbc.queryForObject(sql.text(), sql.params(),
                (rs, i) -> new Counted(withStamp ? stamp(rs.getBigDecimal(2)) : null, rs.getLong(1))));
        counts.increment();
        if (fresh.stamp() != null) {
            counted.put(key, fresh);
        }
        return fresh.total();
    }

    /** A change stamp as read from a stamped statement, as text (null: the table has no stamp row). */
    static String stamp(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }
}
