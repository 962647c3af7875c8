package ${pkg};

import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.extension.service.impl.ServiceImpl;
import com.yuyang.base.core.exception.BizException;
import org.springframework.stereotype.Service;
<#if kind == "master">
import org.springframework.transaction.annotation.Transactional;
</#if>

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
<#if kind == "tree">
import java.util.HashMap;
</#if>
<#if kind == "tree" || kind == "master">
import java.util.List;
</#if>
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * List query of ${code} with the generic API's rules: only declared filters (400 for any other parameter),
 * the operator of each field's query mode, sort whitelisted. Values are bound by the query wrapper.
<#if kind == "master">
 * A master is written with its detail rows in one transaction; details given on an edit replace the stored
 * ones (logically deleted), a delete removes the details too.
</#if>
<#if kind == "tree">
 * A tree lists the children of {@code parentId} (lazy loading) and marks each node with {@code has_child};
 * a parent must exist and cannot be the node itself or one of its descendants.
</#if>
 */
@Service
public class ${entity}Service extends ServiceImpl<${entity}Mapper, ${entity}> {

    private static final Set<String> CONTROL = Set.of("pageNo", "pageSize", "sort", "order"<#if kind == "tree">, "parentId"</#if>);
<#list details as d>

    private final ${d.entity}Mapper ${d.property}Mapper;
</#list>
<#if details?has_content>

    public ${entity}Service(<#list details as d>${d.entity}Mapper ${d.property}Mapper<#sep>, </#sep></#list>) {
<#list details as d>
        this.${d.property}Mapper = ${d.property}Mapper;
</#list>
    }
</#if>
    private static final Set<String> FILTERS = Set.of(<#list fields?filter(f -> f.query != "none") as f><#if f.query == "range">"${f.column}_begin", "${f.column}_end"<#else>"${f.column}"</#if><#sep>, </#sep></#list>);
    private static final Set<String> SORTABLE = Set.of("id", "create_time", "update_time"<#list fields?filter(f -> f.sortable) as f>, "${f.column}"</#list>);

    public IPage<${entity}> page(Map<String, String> params) {
        QueryWrapper<${entity}> q = new QueryWrapper<>();
        for (String name : params.keySet()) {
            if (!name.startsWith("_") && !CONTROL.contains(name) && !FILTERS.contains(name)) {
                throw BizException.badRequest("不支持的查询参数");
            }
        }
<#list fields as f>
<#if f.query == "eq">
        value(params, "${f.column}", ${conv(f)}).ifPresent(v -> q.eq("${f.column}", v));
<#elseif f.query == "like">
        value(params, "${f.column}", s -> s).ifPresent(v -> q.like("${f.column}", v));
<#elseif f.query == "range">
        value(params, "${f.column}_begin", ${conv(f)}).ifPresent(v -> q.ge("${f.column}", v));
        value(params, "${f.column}_end", ${conv(f)}).ifPresent(v -> q.le("${f.column}", v));
</#if>
</#list>
<#if kind == "tree">
        value(params, "parentId", Long::valueOf).ifPresent(v -> q.eq("parent_id", v));
</#if>
        String sort = params.getOrDefault("sort", "id");
        if (!SORTABLE.contains(sort)) {
            throw BizException.badRequest("不支持按该字段排序");
        }
        String order = params.getOrDefault("order", "desc");
        if (!order.equals("asc") && !order.equals("desc")) {
            throw BizException.badRequest("排序方向只能是 asc 或 desc");
        }
        q.orderBy(true, order.equals("asc"), sort);
        long pageNo = number(params.get("pageNo"), 1, 1_000_000);
        long pageSize = number(params.get("pageSize"), 10, 1000);
<#if kind == "tree">
        IPage<${entity}> result = page(new Page<>(pageNo, pageSize), q);
        markChildren(result.getRecords());
        return result;
<#else>
        return page(new Page<>(pageNo, pageSize), q);
</#if>
    }
<#if kind == "tree">

    /** Sets has_child on a page of nodes with one grouped count; the page then loads children by parentId. */
    public void markChildren(List<${entity}> nodes) {
        if (nodes.isEmpty()) {
            return;
        }
        List<Long> ids = nodes.stream().map(${entity}::getId).toList();
        Map<Long, Long> counts = new HashMap<>();
        for (Map<String, Object> m : baseMapper.selectMaps(new QueryWrapper<${entity}>().select("parent_id", "COUNT(*) AS n")
                .in("parent_id", ids).groupBy("parent_id"))) {
            counts.put(((Number) column(m, "parent_id")).longValue(), ((Number) column(m, "n")).longValue());
        }
        nodes.forEach(n -> n.setHasChild(counts.getOrDefault(n.getId(), 0L) > 0));
    }

    /** A new or moved node's parent: 0 = root; otherwise it must exist (in the caller's grids) and not be the node or below it. */
    public void checkParent(Long id, Long parentId) {
        Long cursor = parentId;
        for (int depth = 0; cursor != null && cursor != 0; depth++) {
            if (depth > 100 || (id != null && cursor.equals(id))) {
                throw BizException.badRequest("上级节点不能是自身或其下级");
            }
            ${entity} node = getById(cursor);
            if (node == null) {
                throw BizException.badRequest("上级节点不存在");
            }
            cursor = node.getParentId();
        }
    }

    public boolean hasChildren(Long id) {
        return count(new QueryWrapper<${entity}>().eq("parent_id", id)) > 0;
    }

    private static Object column(Map<String, Object> row, String name) {
        for (Map.Entry<String, Object> e : row.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        throw new IllegalStateException("no column " + name);
    }
</#if>
<#if kind == "master">

    /** One row with its detail rows (oldest first), as the generic API's GET /{id}. */
    public ${entity} getWithDetails(Long id) {
        ${entity} row = getById(id);
        if (row != null) {
<#list details as d>
            row.set${d.capitalized}(${d.property}Mapper.selectList(new QueryWrapper<${d.entity}>().eq("${d.foreignKey}", id).orderByAsc("id")));
</#list>
        }
        return row;
    }

    @Transactional
    public void saveWithDetails(${entity} row) {
        save(row);
<#list details as d>
        insert${d.capitalized}(row, row.get${d.capitalized}());
</#list>
    }

    /** Optimistic update of the master (false = stale version); detail lists given replace the stored ones. */
    @Transactional
    public boolean updateWithDetails(${entity} row) {
        if (!updateById(row)) {
            return false;
        }
        ${entity} stored = getById(row.getId());
<#list details as d>
        if (row.get${d.capitalized}() != null) {
            ${d.property}Mapper.delete(new QueryWrapper<${d.entity}>().eq("${d.foreignKey}", row.getId()));
            insert${d.capitalized}(stored, row.get${d.capitalized}());
        }
</#list>
        return true;
    }

    @Transactional
    public boolean removeWithDetails(Long id) {
        if (!removeById(id)) {
            return false;
        }
<#list details as d>
        ${d.property}Mapper.delete(new QueryWrapper<${d.entity}>().eq("${d.foreignKey}", id));
</#list>
        return true;
    }
<#list details as d>

    private void insert${d.capitalized}(${entity} master, List<${d.entity}> rows) {
        if (rows == null) {
            return;
        }
        if (rows.size() > 1000) {
            throw BizException.badRequest("子表最多 1000 行");
        }
        for (${d.entity} item : rows) {
            item.setId(null);
            item.setVersion(0);
            item.set${d.fkCapitalized}(master.getId()); // the master's id, never taken from the client
            item.setTenantId(master.getTenantId());
            ${d.property}Mapper.insert(item);
        }
    }
</#list>
</#if>

    private static <T> java.util.Optional<T> value(Map<String, String> params, String name, Function<String, T> convert) {
        String raw = params.get(name);
        if (raw == null || raw.isBlank()) {
            return java.util.Optional.empty();
        }
        if (raw.length() > 500) {
            throw BizException.badRequest("查询条件过长");
        }
        try {
            return java.util.Optional.of(convert.apply(raw.trim()));
        } catch (RuntimeException e) {
            throw BizException.badRequest("查询条件格式不正确：" + name);
        }
    }

    private static long number(String raw, long dflt, long max) {
        if (raw == null || raw.isBlank()) {
            return dflt;
        }
        try {
            long n = Long.parseLong(raw.trim());
            if (n < 1 || n > max) {
                throw BizException.badRequest("分页参数超出范围");
            }
            return n;
        } catch (NumberFormatException e) {
            throw BizException.badRequest("分页参数必须是整数");
        }
    }
}
<#function conv f>
  <#switch f.javaType>
    <#case "Integer"><#return "Integer::valueOf">
    <#case "Long"><#return "Long::valueOf">
    <#case "BigDecimal"><#return "BigDecimal::new">
    <#case "LocalDate"><#return "LocalDate::parse">
    <#case "LocalDateTime"><#return "s -> LocalDateTime.parse(s.replace(' ', 'T'))">
    <#case "Boolean"><#return "Boolean::valueOf">
    <#default><#return "s -> s">
  </#switch>
</#function>
