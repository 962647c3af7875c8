package com.yuyang.base.codegen;

import com.yuyang.base.online.metadata.FormDef;
import com.yuyang.base.online.metadata.FormKind;

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
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes typed code for one form: entity, mapper, service and a controller with the generic API's contract
 * (list/get/add/edit/delete/batch delete, same permission codes), plus a Vue page for jeecg-ui.
 * Everything is rendered before anything is written, so a failing template leaves no half-generated module.
 */
public final class CodeGenerator {

    private static final Pattern PACKAGE = Pattern.compile("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$");

    /** @param javaRoot source root (…/src/main/java); @param vueRoot folder for the page (…/src/views) */
    public record Options(String basePackage, Path javaRoot, Path vueRoot, File templateDir) {
    }

    public List<Path> generate(FormDef form, Options o) {
        if (!PACKAGE.matcher(o.basePackage()).matches()) {
            throw new IllegalArgumentException("not a Java package name: " + o.basePackage());
        }
        if (form.formKind() == FormKind.MASTER || form.formKind() == FormKind.TREE) {
            // the typed variant covers single tables and details; masters and trees stay on the online engine
            throw new IllegalArgumentException("code generation supports single and detail forms; " + form.code()
                    + " is " + form.formKind().name().toLowerCase());
        }
        String entity = Character.toUpperCase(GenField.camel(form.code()).charAt(0)) + GenField.camel(form.code()).substring(1);
        Map<String, Object> model = new HashMap<>();
        model.put("pkg", o.basePackage() + "." + form.code().replace("_", ""));
        model.put("entity", entity);
        model.put("code", form.code());
        model.put("table", form.tableName());
        model.put("title", form.title());
        model.put("gridScoped", form.gridScopedTable());
        model.put("fields", form.fields().stream().map(GenField::of).toList());
        TemplateEngine engine = new TemplateEngine(o.templateDir());
        Map<Path, String> files = new LinkedHashMap<>();
        Path dir = o.javaRoot().resolve(model.get("pkg").toString().replace('.', '/'));
        files.put(dir.resolve(entity + ".java"), engine.render("entity.java.ftl", model));
        files.put(dir.resolve(entity + "Mapper.java"), engine.render("mapper.java.ftl", model));
        files.put(dir.resolve(entity + "Service.java"), engine.render("service.java.ftl", model));
        files.put(dir.resolve(entity + "Controller.java"), engine.render("controller.java.ftl", model));
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
}
