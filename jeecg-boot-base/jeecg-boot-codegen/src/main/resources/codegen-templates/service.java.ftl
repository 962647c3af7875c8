package ${pkg};

import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.extension.service.impl.ServiceImpl;
import com.yuyang.base.core.exception.BizException;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * List query of ${code} with the generic API's rules: only declared filters (400 for any other parameter),
 * the operator of each field's query mode, sort whitelisted. Values are bound by the query wrapper.
 */
@Service
public class ${entity}Service extends ServiceImpl<${entity}Mapper, ${entity}> {

    private static final Set<String> CONTROL = Set.of("pageNo", "pageSize", "sort", "order");
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
        return page(new Page<>(pageNo, pageSize), q);
    }

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
