<#-- Entity of a generated form. Schema text is data: escaped with ?j_string, never evaluated. -->
package ${pkg};

<#if kind == "master" || kind == "tree">
import com.baomidou.mybatisplus.annotation.TableField;
</#if>
import com.baomidou.mybatisplus.annotation.TableName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
<#if gridScoped>
import com.yuyang.base.core.datascope.GridScoped;
</#if>
import com.yuyang.base.core.entity.AuditedEntity;
<#if kind == "master">
import jakarta.validation.Valid;
</#if>
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
<#if kind == "master">
import java.util.List;
</#if>

/**
 * "${title?j_string?replace("*/", "* /")}" (form ${code}), generated from form-schemas/${code}.json:
 * regenerate rather than edit. JSON names are the column names, as in the generic online API.
 */
@TableName("${table}")
<#if gridScoped>
@GridScoped
</#if>
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class ${entity} extends AuditedEntity {

    private Long tenantId;
<#if gridScoped>
    private Long gridId;
</#if>
<#if kind == "tree">
    /** The parent node; 0 = root. */
    private Long parentId;
    /** Whether the node has children (filled by the list, not a column): the page loads them lazily. */
    @TableField(exist = false)
    private Boolean hasChild;
</#if>
<#list details as d>
    /** ${d.title?j_string?replace("*/", "* /")}: written with the master in one transaction (not a column). */
    @TableField(exist = false)
    @Valid
    private List<${d.entity}> ${d.property};
</#list>
<#list fields as f>

<#if f.required>
<#if f.stringType>
    @NotBlank(message = "${(f.label + "不能为空")?j_string}")
<#else>
    @NotNull(message = "${(f.label + "不能为空")?j_string}")
</#if>
</#if>
<#if f.maxLength??>
    @Size(max = ${f.maxLength?c}, message = "${(f.label + "长度不能超过" + f.maxLength?c + "个字符")?j_string}")
</#if>
<#if f.pattern??>
    @Pattern(regexp = "${f.pattern?j_string}", message = "${(f.patternMessage!(f.label + "格式不正确"))?j_string}")
</#if>
<#if f.min??>
    @DecimalMin(value = "${f.min}", message = "${(f.label + "不能小于" + f.min)?j_string}")
</#if>
<#if f.max??>
    @DecimalMax(value = "${f.max}", message = "${(f.label + "不能大于" + f.max)?j_string}")
</#if>
    private ${f.javaType} ${f.property};
</#list>

    public Long getTenantId() {
        return tenantId;
    }

    public void setTenantId(Long tenantId) {
        this.tenantId = tenantId;
    }
<#if gridScoped>

    public Long getGridId() {
        return gridId;
    }

    public void setGridId(Long gridId) {
        this.gridId = gridId;
    }
</#if>
<#if kind == "tree">

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public Boolean getHasChild() {
        return hasChild;
    }

    public void setHasChild(Boolean hasChild) {
        this.hasChild = hasChild;
    }
</#if>
<#list details as d>

    public List<${d.entity}> get${d.capitalized}() {
        return ${d.property};
    }

    public void set${d.capitalized}(List<${d.entity}> ${d.property}) {
        this.${d.property} = ${d.property};
    }
</#list>
<#list fields as f>

    public ${f.javaType} get${f.capitalized}() {
        return ${f.property};
    }

    public void set${f.capitalized}(${f.javaType} ${f.property}) {
        this.${f.property} = ${f.property};
    }
</#list>
}
