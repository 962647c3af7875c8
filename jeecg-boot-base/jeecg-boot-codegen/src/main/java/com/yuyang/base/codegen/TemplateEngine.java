package com.yuyang.base.codegen;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * FreeMarker locked down: {@code ?new} can instantiate nothing (no {@code Execute}, no {@code ObjectConstructor}),
 * {@code ?api} is off, exceptions are rethrown (never rendered into output). Templates come from the classpath
 * or an explicitly given directory; schema text only ever enters as data, escaped by the templates.
 */
public final class TemplateEngine {

    private final Configuration cfg;

    public TemplateEngine(File overrideDir) {
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setDefaultEncoding(StandardCharsets.UTF_8.name());
        TemplateLoader classpath = new ClassTemplateLoader(TemplateEngine.class, "/codegen-templates");
        try {
            cfg.setTemplateLoader(overrideDir == null ? classpath
                    : new MultiTemplateLoader(new TemplateLoader[]{new FileTemplateLoader(overrideDir), classpath}));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String render(String template, Map<String, Object> model) {
        try {
            Template t = cfg.getTemplate(template);
            StringWriter out = new StringWriter();
            t.process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + template + " failed: " + e.getMessageWithoutStackTop(), e);
        }
    }
}
