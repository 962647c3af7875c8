package com.yuyang.base.online.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.yuyang.base.online.metadata.FormDef;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns form JSON (a form-schemas file or an API body) into a {@link FormDef}: first the JSON Schema of
 * form-schemas/form-schema.schema.json, then the engine's own rules. Nothing else creates a FormDef.
 */
@org.springframework.stereotype.Component
public class FormDefinitionReader {

    public static final String SCHEMA_RESOURCE = "form-schemas/form-schema.schema.json";

    /** Own mapper: the form JSON format must not change with the web layer's Jackson settings. */
    public static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final JsonSchema schema;

    public FormDefinitionReader() {
        try (InputStream in = FormDefinitionReader.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is not on the classpath");
            }
            this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FormDef read(String json, String source) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new FormSchemaException(source, List.of("不是合法的 JSON"));
        }
        return read(node, source);
    }

    public FormDef read(JsonNode node, String source) {
        if (node == null || !node.isObject()) {
            throw new FormSchemaException(source, List.of("表单定义必须是 JSON 对象"));
        }
        Set<ValidationMessage> messages = schema.validate(node);
        if (!messages.isEmpty()) {
            List<String> problems = new ArrayList<>();
            messages.stream().limit(20).forEach(m -> problems.add(m.getInstanceLocation() + " " + m.getMessage()));
            throw new FormSchemaException(source, problems);
        }
        FormDef def;
        try {
            def = JSON.treeToValue(node, FormDef.class);
        } catch (JsonProcessingException e) {
            throw new FormSchemaException(source, List.of("无法解析：" + e.getOriginalMessage()));
        }
        List<String> problems = FormDefinitionRules.check(def);
        if (!problems.isEmpty()) {
            throw new FormSchemaException(source, problems);
        }
        return def;
    }

    public static String write(FormDef def) {
        try {
            return JSON.writeValueAsString(def);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
