package com.yuyang.base.codegen;

import com.yuyang.base.online.metadata.FormDef;
import com.yuyang.base.online.metadata.FieldDef;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Writes typed code for one form: entity, mapper, service and a controller with the generic API's contract
 * (list/get/add/edit/delete/batch delete, same permission codes), plus a Vue page for jeecg-ui. All three kinds:
 * single (and detail) forms; masters, whose detail entities and mappers are generated beside them and saved with
 * the master in one transaction; trees, with lazy children ({@code parentId}, {@code has_child}).
 * Everything is rendered before anything is written, so a failing template leaves no half-generated module.
 */
public final class CodeGenerator {

    private static final Pattern PACKAGE = Pattern.compile("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$");

    /**
     * @param javaRoot    source root (…/src/main/java)
     * @param vueRoot     folder for the page (…/src/views)
     * @param detailForms the detail forms a master names (by code; the CLI reads them beside the master's file)
     */
    public record Options(String basePackage, Path javaRoot, Path vueRoot, File templateDir,
                          Function<String, FormDef> detailForms) {

        public Options(String basePackage, Path javaRoot, Path vueRoot, File templateDir) {
            this(basePackage, javaRoot, vueRoot, templateDir, code -> null);
        }
    }

    /** A detail of a master as templates see it: its entity and the field that holds the master's id. */
    public record GenDetail(String code, String entity, String property, String capitalized, String title,
                            String foreignKey, String fkCapitalized, List<GenField> fields) {
    }

    public List<Path> generate(FormDef form, Options o) {
        if (!PACKAGE.matcher(o.basePackage()).matches()) {
            throw new IllegalArgumentException("not a Java package name: " + o.basePackage());
        }
        if (form.fields().stream().anyMatch(FieldDef::encrypted)) {
            // the engine encrypts, blind-indexes and masks sensitive fields; typed code would have to repeat all of it
            throw new IllegalArgumentException("form " + form.code() + " has sensitive fields: they stay on the online engine");
        }
        String entity = entityName(form.code());
        Map<String, Object> model = new HashMap<>();
        model.put("pkg", o.basePackage() + "." + form.code().replace("_", ""));
        model.put("entity", entity);
        model.put("code", form.code());
        model.put("table", form.tableName());
        model.put("title", form.title());
        model.put("kind", form.formKind().name().toLowerCase(Locale.ROOT));
        model.put("gridScoped", form.gridScopedTable());
        model.put("fields", form.fields().stream().map(f -> GenField.of(f, false)).toList());
        List<GenDetail> details = new ArrayList<>();
        Map<String, FormDef> detailDefs = new LinkedHashMap<>();
        for (FormDef.DetailLink link : form.detailList()) {
            FormDef d = o.detailForms().apply(link.form());
            if (d == null) {
                throw new IllegalArgumentException("master " + form.code() + ": detail form " + link.form() + " not found");
            }
            if (d.field(link.foreignKey()).isEmpty()) {
                throw new IllegalArgumentException("detail " + d.code() + " has no field " + link.foreignKey());
            }
            if (d.fields().stream().anyMatch(FieldDef::encrypted)) {
                throw new IllegalArgumentException("detail " + d.code() + " has sensitive fields: it stays on the online engine");
            }
            String prop = GenField.camel(d.code());
            // the foreign key is set from the master on save, never required from (or taken from) the client
            details.add(new GenDetail(d.code(), entityName(d.code()), prop, Character.toUpperCase(prop.charAt(0)) + prop.substring(1),
                    link.title() != null ? link.title() : d.title(), link.foreignKey(),
                    GenField.of(d.field(link.foreignKey()).orElseThrow(), true).capitalized(),
                    d.fields().stream().map(f -> GenField.of(f, f.name().equals(link.foreignKey()))).toList()));
            detailDefs.put(d.code(), d);
        }
        model.put("details", details);
        TemplateEngine engine = new TemplateEngine(o.templateDir());
        Map<Path, String> files = new LinkedHashMap<>();
        Path dir = o.javaRoot().resolve(model.get("pkg").toString().replace('.', '/'));
        files.put(dir.resolve(entity + ".java"), engine.render("entity.java.ftl", model));
        files.put(dir.resolve(entity + "Mapper.java"), engine.render("mapper.java.ftl", model));
        files.put(dir.resolve(entity + "Service.java"), engine.render("service.java.ftl", model));
        files.put(dir.resolve(entity + "Controller.java"), engine.render("controller.java.ftl", model));
        for (GenDetail d : details) {
            FormDef def = detailDefs.get(d.code());
            Map<String, Object> dm = new HashMap<>(model);
            dm.put("entity", d.entity());
            dm.put("code", d.code());
            dm.put("table", def.tableName());
            dm.put("title", def.title());
            dm.put("kind", "detail");
            dm.put("gridScoped", def.gridScopedTable());
            dm.put("fields", d.fields());
            dm.put("details", List.of());
            files.put(dir.resolve(d.entity() + ".java"), engine.render("entity.java.ftl", dm));
            files.put(dir.resolve(d.entity() + "Mapper.java"), engine.render("mapper.java.ftl", dm));
        }
        files.put(o.vueRoot().resolve(form.code()).resolve("index.vue"), engine.render("page.vue.ftl", model));
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<Path, String> f : files.entrySet()) {
                Files.createDirectories(f.getKey().getParent());
                Files.writeString(f.getKey(), f.getValue(), StandardCharsets.UTF_8);
                written.add(f.getKey());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    private static String entityName(String code) {
        String camel = GenField.camel(code);
        return Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
    }
}
