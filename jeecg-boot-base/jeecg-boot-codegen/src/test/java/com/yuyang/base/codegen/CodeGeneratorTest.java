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
    void generatedModuleForShippedFormsOfAllThreeKindsCompiles(@TempDir Path tmp) throws Exception {
        Path java = tmp.resolve("module/src/main/java");
        Path vue = tmp.resolve("ui/src/views/gen");
        CodeGenerator gen = new CodeGenerator();
        List<Path> files = gen.generate(shipped("demo_vehicle"), new CodeGenerator.Options("com.example.traffic", java, vue, null));
        gen.generate(shipped("demo_order_item"), new CodeGenerator.Options("com.example.traffic", java, vue, null));
        List<Path> master = gen.generate(shipped("demo_order"), new CodeGenerator.Options("com.example.traffic", java, vue, null,
                code -> unchecked(() -> shipped(code))));
        List<Path> tree = gen.generate(shipped("demo_road_section"), new CodeGenerator.Options("com.example.traffic", java, vue, null));
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("DemoVehicle.java",
                "DemoVehicleMapper.java", "DemoVehicleService.java", "DemoVehicleController.java", "index.vue");
        assertThat(master).extracting(p -> p.getFileName().toString()).containsExactly("DemoOrder.java", "DemoOrderMapper.java",
                "DemoOrderService.java", "DemoOrderController.java", "DemoOrderItem.java", "DemoOrderItemMapper.java", "index.vue");
        assertThat(tree).extracting(p -> p.getFileName().toString()).containsExactly("DemoRoadSection.java",
                "DemoRoadSectionMapper.java", "DemoRoadSectionService.java", "DemoRoadSectionController.java", "index.vue");

        assertThat(compile(java, tmp.resolve("classes"))).isEmpty();
        assertThat(tmp.resolve("classes/com/example/traffic/demovehicle/DemoVehicleController.class")).exists();
        assertThat(tmp.resolve("classes/com/example/traffic/demoorder/DemoOrderController.class")).exists();
        assertThat(tmp.resolve("classes/com/example/traffic/demoorder/DemoOrderItem.class")).exists();
        assertThat(tmp.resolve("classes/com/example/traffic/demoroadsection/DemoRoadSectionController.class")).exists();
        String entity = Files.readString(java.resolve("com/example/traffic/demovehicle/DemoVehicle.java"));
        assertThat(entity).contains("@TableName(\"demo_vehicle\")", "@GridScoped", "@NotBlank(message = \"车牌号不能为空\")",
                "@Size(max = 16", "@DecimalMax(value = \"80\"", "private BigDecimal loadTons;");
        String controller = Files.readString(java.resolve("com/example/traffic/demovehicle/DemoVehicleController.java"));
        assertThat(controller).contains("@RequiresPermissions(\"online:demo_vehicle:list\")", "/api/gen/demo_vehicle");
        String page = Files.readString(vue.resolve("demo_vehicle/index.vue"));
        assertThat(page).contains("title: '车牌号'", "/api/gen/demo_vehicle");

        // master–detail: details travel under the detail form's code, saved with the master in one transaction;
        // the foreign key comes from the master, so it is not required from the client
        String order = Files.readString(java.resolve("com/example/traffic/demoorder/DemoOrder.java"));
        assertThat(order).contains("@TableField(exist = false)", "@Valid", "private List<DemoOrderItem> demoOrderItem;");
        String orderService = Files.readString(java.resolve("com/example/traffic/demoorder/DemoOrderService.java"));
        assertThat(orderService).contains("@Transactional", "public void saveWithDetails(DemoOrder row)",
                "item.setOrderId(master.getId());", ".eq(\"order_id\", row.getId())");
        assertThat(Files.readString(java.resolve("com/example/traffic/demoorder/DemoOrderController.java")))
                .contains("service.saveWithDetails(row)", "service.getWithDetails(id)", "service.removeWithDetails(id)",
                        "@RequiresPermissions(\"online:demo_order:add\")");
        assertThat(Files.readString(java.resolve("com/example/traffic/demoorder/DemoOrderItem.java")))
                .doesNotContain("运单不能为空").contains("@NotBlank(message = \"货物名称不能为空\")");
        assertThat(Files.readString(vue.resolve("demo_order/index.vue"))).contains("'/api/gen/demo_order/' + record.id", "货物明细");

        // tree: lazy children by parentId, has_child per node, parent checks, no delete of a node with children
        String section = Files.readString(java.resolve("com/example/traffic/demoroadsection/DemoRoadSection.java"));
        assertThat(section).contains("private Long parentId;", "private Boolean hasChild;");
        assertThat(Files.readString(java.resolve("com/example/traffic/demoroadsection/DemoRoadSectionService.java")))
                .contains("\"parentId\"", "q.eq(\"parent_id\", v)", "markChildren(result.getRecords())", "上级节点不能是自身或其下级");
        assertThat(Files.readString(java.resolve("com/example/traffic/demoroadsection/DemoRoadSectionController.java")))
                .contains("存在下级节点，不能删除", "service.checkParent(id, row.getParentId())");
        assertThat(Files.readString(vue.resolve("demo_road_section/index.vue"))).contains("parentId: node.id", "has_child");
    }

    interface Io<T> {
        T get() throws Exception;
    }

    static <T> T unchecked(Io<T> io) {
        try {
            return io.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
    void masterWithoutItsDetailSensitiveFormsAndBadPackagesAreRefused(@TempDir Path tmp) throws Exception {
        CodeGenerator.Options ok = new CodeGenerator.Options("com.example", tmp, tmp, null);
        assertThatThrownBy(() -> new CodeGenerator().generate(shipped("demo_order"), ok))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("demo_order_item not found");
        assertThatThrownBy(() -> new CodeGenerator().generate(shipped("safety_employee"), ok))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sensitive");
        assertThatThrownBy(() -> new CodeGenerator().generate(shipped("demo_vehicle"),
                new CodeGenerator.Options("com.example;rm", tmp, tmp, null))).isInstanceOf(IllegalArgumentException.class);
        try (Stream<Path> written = Files.walk(tmp)) {
            assertThat(written.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void commandLineGeneratesFromASchemaFile(@TempDir Path tmp) throws Exception {
        Path schema = tmp.resolve("demo_vehicle.json");
        Files.writeString(schema, new ClassPathResource("form-schemas/demo_vehicle.json").getContentAsString(StandardCharsets.UTF_8));
        CodegenCli.main(new String[]{"--schema", schema.toString(), "--package", "com.example.cli",
                "--java-out", tmp.resolve("java").toString(), "--vue-out", tmp.resolve("vue").toString()});
        assertThat(tmp.resolve("java/com/example/cli/demovehicle/DemoVehicleService.java")).exists();
        assertThat(tmp.resolve("vue/demo_vehicle/index.vue")).exists();

        // a master: its detail is read from the same folder
        for (String code : List.of("demo_order", "demo_order_item")) {
            Files.writeString(tmp.resolve(code + ".json"), new ClassPathResource("form-schemas/" + code + ".json")
                    .getContentAsString(StandardCharsets.UTF_8));
        }
        CodegenCli.main(new String[]{"--schema", tmp.resolve("demo_order.json").toString(), "--package", "com.example.cli",
                "--java-out", tmp.resolve("java").toString(), "--vue-out", tmp.resolve("vue").toString()});
        assertThat(tmp.resolve("java/com/example/cli/demoorder/DemoOrderItemMapper.java")).exists();
    }
}
