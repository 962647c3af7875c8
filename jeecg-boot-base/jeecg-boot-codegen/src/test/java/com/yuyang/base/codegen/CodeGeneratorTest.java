package com.yuyang.base.codegen;

import com.yuyang.base.online.metadata.FormDef;
import com.yuyang.base.online.schema.FormDefinitionReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** P5: generated code compiles against the platform; FreeMarker is locked down. */
class CodeGeneratorTest {

    final FormDefinitionReader reader = new FormDefinitionReader();

    FormDef shipped(String code) throws Exception {
        return reader.read(new ClassPathResource("form-schemas/" + code + ".json").getContentAsString(StandardCharsets.UTF_8), code);
    }

    static List<String> compile(Path javaRoot, Path classes) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<Path> sources;
        try (Stream<Path> s = Files.walk(javaRoot)) {
            sources = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        Files.createDirectories(classes);
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            Boolean ok = javac.getTask(null, fm, diagnostics, List.of("-classpath", System.getProperty("java.class.path"),
                    "-d", classes.toString(), "-proc:none", "-Xlint:none"), null, fm.getJavaFileObjectsFromPaths(sources)).call();
            List<String> errors = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> d.getSource() + ":" + d.getLineNumber() + " " + d.getMessage(null)).toList();
            assertThat(ok).as(String.join("\n", errors)).isTrue();
            return errors;
        }
    }

    @Test
    void generatedModuleForShippedFormsCompiles(@TempDir Path tmp) throws Exception {
        Path java = tmp.resolve("module/src/main/java");
        Path vue = tmp.resolve("ui/src/views/gen");
        CodeGenerator gen = new CodeGenerator();
        List<Path> files = gen.generate(shipped("demo_vehicle"), new CodeGenerator.Options("com.example.traffic", java, vue, null));
        gen.generate(shipped("demo_order_item"), new CodeGenerator.Options("com.example.traffic", java, vue, null));
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("DemoVehicle.java",
                "DemoVehicleMapper.java", "DemoVehicleService.java", "DemoVehicleController.java", "index.vue");

        assertThat(compile(java, tmp.resolve("classes"))).isEmpty();
        assertThat(tmp.resolve("classes/com/example/traffic/demovehicle/DemoVehicleController.class")).exists();
        String entity = Files.readString(java.resolve("com/example/traffic/demovehicle/DemoVehicle.java"));
        assertThat(entity).contains("@TableName(\"demo_vehicle\")", "@GridScoped", "@NotBlank(message = \"车牌号不能为空\")",
                "@Size(max = 16", "@DecimalMax(value = \"80\"", "private BigDecimal loadTons;");
        String controller = Files.readString(java.resolve("com/example/traffic/demovehicle/DemoVehicleController.java"));
        assertThat(controller).contains("@RequiresPermissions(\"online:demo_vehicle:list\")", "/api/gen/demo_vehicle");
        String page = Files.readString(vue.resolve("demo_vehicle/index.vue"));
        assertThat(page).contains("title: '车牌号'", "/api/gen/demo_vehicle");
    }

    @Test
    void schemaTextIsDataEvenWhenItLooksLikeCodeOrATemplate(@TempDir Path tmp) throws Exception {
        String hostile = "\\\"); System.exit(1); /* */ \\\\u0022 '); alert(1); //";
        FormDef form = reader.read("{\"code\":\"evil_form\",\"title\":\"" + hostile + "\",\"fields\":[{\"name\":\"a\",\"label\":\""
                + hostile + "\",\"type\":\"string\",\"required\":true,\"pattern\":\"^[a-z\\\"]+$\",\"list\":true}]}", "t");
        Path java = tmp.resolve("src");
        new CodeGenerator().generate(form, new CodeGenerator.Options("com.example", java, tmp.resolve("vue"), null));
        assertThat(compile(java, tmp.resolve("classes"))).isEmpty();
        String entity = Files.readString(java.resolve("com/example/evilform/EvilForm.java"));
        assertThat(entity).contains("System.exit(1)");
        assertThat(Files.readString(tmp.resolve("vue/evil_form/index.vue"))).contains("\\'); alert(1)");
        String templated = "{\"code\":\"evil_form\",\"title\":\"${\\\"freemarker.template.utility.Execute\\\"?new()(\\\"id\\\")}\","
                + "\"fields\":[{\"name\":\"a\",\"label\":\"a\",\"type\":\"string\"}]}";
        assertThatThrownBy(() -> reader.read(templated, "t")).hasMessageContaining("模板语法");
    }

    @Test
    void executeNewAndApiBuiltInsInATemplateFailAndNothingIsWritten(@TempDir Path tmp) throws Exception {
        Path marker = tmp.resolve("pwned");
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(templates.resolve("entity.java.ftl"), "<#assign ex=\"freemarker.template.utility.Execute\"?new()>"
                + "${ex(\"touch " + marker + "\")}");
        Path java = tmp.resolve("src");
        CodeGenerator.Options options = new CodeGenerator.Options("com.example", java, tmp.resolve("vue"), templates.toFile());
        assertThatThrownBy(() -> new CodeGenerator().generate(shipped("demo_vehicle"), options))
                .hasMessageContaining("entity.java.ftl");
        assertThat(marker).doesNotExist();
        assertThat(java).doesNotExist();

        Files.writeString(templates.resolve("entity.java.ftl"), "<#assign oc=\"freemarker.template.utility.ObjectConstructor\"?new()>"
                + "${oc(\"java.io.File\", \"" + marker + "\").createNewFile()?c}");
        assertThatThrownBy(() -> new CodeGenerator().generate(shipped("demo_vehicle"), options)).isInstanceOf(IllegalStateException.class);
        Files.writeString(templates.resolve("entity.java.ftl"), "${code?api.getClass().getName()}");
        assertThatThrownBy(() -> new CodeGenerator().generate(shipped("demo_vehicle"), options)).isInstanceOf(IllegalStateException.class);
        assertThat(marker).doesNotExist();
    }

    @Test
    void masterAndTreeFormsAndBadPackagesAreRefused(@TempDir Path tmp) throws Exception {
        CodeGenerator.Options ok = new CodeGenerator.Options("com.example", tmp, tmp, null);
        assertThatThrownBy(() -> new CodeGenerator().generate(shipped("demo_order"), ok)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CodeGenerator().generate(shipped("demo_road_section"), ok)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CodeGenerator().generate(shipped("demo_vehicle"),
                new CodeGenerator.Options("com.example;rm", tmp, tmp, null))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void commandLineGeneratesFromASchemaFile(@TempDir Path tmp) throws Exception {
        Path schema = tmp.resolve("demo_vehicle.json");
        Files.writeString(schema, new ClassPathResource("form-schemas/demo_vehicle.json").getContentAsString(StandardCharsets.UTF_8));
        CodegenCli.main(new String[]{"--schema", schema.toString(), "--package", "com.example.cli",
                "--java-out", tmp.resolve("java").toString(), "--vue-out", tmp.resolve("vue").toString()});
        assertThat(tmp.resolve("java/com/example/cli/demovehicle/DemoVehicleService.java")).exists();
        assertThat(tmp.resolve("vue/demo_vehicle/index.vue")).exists();
    }
}
