package com.yuyang.base.online.data;

import com.yuyang.base.core.dict.DictTranslator;
import com.yuyang.base.online.metadata.FieldDef;
import com.yuyang.base.online.metadata.FormDef;
import com.yuyang.base.online.metadata.Identifiers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Adds {@code <field>_dictText} to rows for fields bound to a dictionary: inline options, a table
 * dictionary (validated identifiers, bound values, equality filters only) or a system dictionary code
 * (through the platform's {@link DictTranslator}).
 */
@Component
public class DictLabels {

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectProvider<DictTranslator> dicts;

    public DictLabels(NamedParameterJdbcTemplate jdbc, ObjectProvider<DictTranslator> dicts) {
        this.jdbc = jdbc;
        this.dicts = dicts;
    }

    public void translate(FormDef form, List<Map<String, Object>> rows) {
        for (FieldDef f : form.fields()) {
            if (!f.hasDictionary() || rows.isEmpty()) {
                continue;
            }
            Set<String> values = new HashSet<>();
            rows.forEach(r -> {
                if (r.get(f.name()) != null) {
                    values.add(String.valueOf(r.get(f.name())));
                }
            });
            Map<String, String> labels = labels(f, values);
            rows.forEach(r -> {
                Object v = r.get(f.name());
                r.put(f.name() + "_dictText", v == null ? null : labels.get(String.valueOf(v)));
            });
        }
    }

    /** value → label for the given values (all options for inline lists and system dictionaries). */
    public Map<String, String> labels(FieldDef f, Set<String> values) {
        Map<String, String> out = new HashMap<>();
        if (f.options() != null && !f.options().isEmpty()) {
            f.options().forEach(o -> out.put(String.valueOf(o.value()), o.label()));
        } else if (f.dictTable() != null && !values.isEmpty()) {
            FieldDef.DictTable t = f.dictTable();
            MapSqlParameterSource p = new MapSqlParameterSource("vals", values);
            StringBuilder sql = new StringBuilder("SELECT " + Identifiers.quoteFree(t.value()) + " AS v, "
                    + Identifiers.quoteFree(t.label()) + " AS l FROM " + Identifiers.quoteFree(t.table())
                    + " WHERE " + Identifiers.quoteFree(t.value()) + " IN (:vals)");
            int i = 0;
            if (t.filter() != null) {
                for (Map.Entry<String, Object> e : t.filter().entrySet()) {
                    sql.append(" AND ").append(Identifiers.quoteFree(e.getKey())).append(" = :f").append(i);
                    p.addValue("f" + i++, e.getValue());
                }
            }
            jdbc.query(sql.toString(), p, rs -> {
                out.put(rs.getString("v"), rs.getString("l"));
            });
        } else if (f.dict() != null) {
            DictTranslator source = dicts.getIfAvailable();
            if (source != null) {
                out.putAll(Objects.requireNonNullElse(source.labels(f.dict()), Map.of()));
            }
        }
        return out;
    }

    /** Reverse lookup for imports: label → value. */
    public Map<String, String> values(FieldDef f) {
        Map<String, String> out = new HashMap<>();
        labels(f, Set.of()).forEach((v, l) -> out.put(l, v));
        return out;
    }
}
