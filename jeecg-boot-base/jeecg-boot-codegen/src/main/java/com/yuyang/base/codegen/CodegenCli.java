package com.yuyang.base.codegen;

import com.yuyang.base.online.metadata.FormDef;
import com.yuyang.base.online.schema.FormDefinitionReader;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Command line: {@code --schema form-schemas/demo_vehicle.json --package com.yuyang.traffic.safety
 * --java-out jeecg-module-traffic/src/main/java --vue-out jeecg-ui/src/views/gen [--templates dir]}.
 * The schema is validated exactly as at start-up before anything is generated.
 */
public final class CodegenCli {

    private CodegenCli() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                usage("unexpected argument " + args[i]);
            }
            a.put(args[i].substring(2), args[i + 1]);
        }
        for (String required : new String[]{"schema", "package", "java-out", "vue-out"}) {
            if (!a.containsKey(required)) {
                usage("missing --" + required);
            }
        }
        Path schema = Path.of(a.get("schema"));
        FormDef form = new FormDefinitionReader().read(Files.readString(schema, StandardCharsets.UTF_8), schema.toString());
        // a master's detail forms are read from the same folder (<detail code>.json), validated the same way
        Path folder = schema.toAbsolutePath().getParent();
        java.util.function.Function<String, FormDef> details = code -> {
            Path file = folder.resolve(code + ".json");
            try {
                return Files.exists(file) ? new FormDefinitionReader().read(Files.readString(file, StandardCharsets.UTF_8),
                        file.toString()) : null;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        new CodeGenerator().generate(form, new CodeGenerator.Options(a.get("package"), Path.of(a.get("java-out")),
                Path.of(a.get("vue-out")), a.containsKey("templates") ? new File(a.get("templates")) : null, details))
                .forEach(p -> System.out.println("generated " + p));
    }

    private static void usage(String problem) {
        System.err.println(problem + "\nusage: --schema <file.json> --package <java.package> --java-out <dir> --vue-out <dir> [--templates <dir>]");
        System.exit(2);
    }
}
