package com.yuyang.base.online.metadata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Optional;

/**
 * A form definition: the content of one form-schemas/*.json file, validated by {@code FormDefinitionRules}
 * before anything uses it. Identifiers in it are the only ones that ever reach SQL.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = {"$schema"}, allowSetters = true)
public record FormDef(
        String code,
        String title,
        String kind,
        String table,
        Integer version,
        Boolean gridScoped,
        Boolean tenantScoped,
        String description,
        List<FieldDef> fields,
        List<IndexDef> indexes,
        List<DetailLink> details,
        TreeDef tree,
        List<String> hooks,
        Boolean stampedTotals) {

    /** Detail forms of a master and the field of the detail that holds the master's id. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DetailLink(String form, String foreignKey, String title) {
    }

    /** Tree forms: the label shown for a node; the parent column is the managed {@code parent_id}. */
    public record TreeDef(String labelField) {
    }

    public String tableName() {
        return table != null ? table : code;
    }

    public FormKind formKind() {
        return FormKind.of(kind);
    }

    public int formVersion() {
        return version != null ? version : 1;
    }

    public boolean gridScopedTable() {
        return Boolean.TRUE.equals(gridScoped);
    }

    /**
     * Whether list totals are reused at an unchanged table change stamp (database triggers move the stamp on
     * every write): for large, read-mostly tables. Writing transactions on the table then serialise on its stamp.
     */
    public boolean reusesTotals() {
        return Boolean.TRUE.equals(stampedTotals);
    }

    public boolean tenantFiltered() {
        return tenantScoped == null || tenantScoped;
    }

    public List<IndexDef> indexList() {
        return indexes != null ? indexes : List.of();
    }

    public List<DetailLink> detailList() {
        return details != null ? details : List.of();
    }

    public List<String> hookList() {
        return hooks != null ? hooks : List.of();
    }

    public Optional<FieldDef> field(String name) {
        for (FieldDef f : fields) {
            if (f.name().equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public FormDef withVersion(int v) {
        return new FormDef(code, title, kind, table, v, gridScoped, tenantScoped, description, fields, indexes,
                details, tree, hooks, stampedTotals);
    }
}
