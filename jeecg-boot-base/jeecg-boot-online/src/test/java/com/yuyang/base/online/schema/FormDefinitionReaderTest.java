package com.yuyang.base.online.schema;

import com.yuyang.base.online.metadata.FormDef;
import com.yuyang.base.online.metadata.FormKind;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped form-schemas files are valid; the JSON Schema and the rules refuse what must not become SQL. */
class FormDefinitionReaderTest {

    final FormDefinitionReader reader = new FormDefinitionReader();

    @Test
    void shippedSampleFormsAreValidAndCoverSingleMasterDetailAndTree() throws Exception {
        List<Resource> files = FormSchemaLoader.schemaFiles();
        assertThat(files).extracting(Resource::getFilename)
                .contains("demo_vehicle.json", "demo_order.json", "demo_order_item.json", "demo_road_section.json");
        for (Resource r : files) {
            FormDef def = reader.read(r.getContentAsString(StandardCharsets.UTF_8), r.getFilename());
            assertThat(def.fields()).isNotEmpty();
        }
        FormDef vehicle = reader.read(files.stream().filter(f -> f.getFilename().equals("demo_vehicle.json")).findFirst()
                .orElseThrow().getContentAsString(StandardCharsets.UTF_8), "demo_vehicle");
        assertThat(vehicle.formKind()).isEqualTo(FormKind.SINGLE);
        assertThat(vehicle.gridScopedTable()).isTrue();
    }

    @Test
    void minimalFileFromTheIssueIsAccepted() {
        FormDef def = reader.read("{\"code\":\"demo_vehicle\",\"title\":\"车辆\",\"kind\":\"single\",\"fields\":[{\"name\":"
                + "\"plate_no\",\"label\":\"车牌号\",\"type\":\"string\",\"length\":16,\"required\":true,\"query\":\"like\",\"list\":true}]}", "t");
        assertThat(def.tableName()).isEqualTo("demo_vehicle");
        assertThat(def.formVersion()).isEqualTo(1);
    }

    @Test
    void exportWritesBackTheSameJson() {
        String json = "{\"code\":\"a_form\",\"title\":\"甲\",\"fields\":[{\"name\":\"n\",\"label\":\"名\",\"type\":\"decimal\","
                + "\"precision\":10,\"scale\":2,\"min\":0,\"query\":\"range\"}],\"indexes\":[{\"name\":\"ix_a\",\"fields\":[\"n\"]}]}";
        FormDef def = reader.read(json, "t");
        FormDef again = reader.read(FormDefinitionReader.write(def), "t2");
        assertThat(again).isEqualTo(def);
        assertThat(FormDefinitionReader.write(def)).doesNotContain("null").doesNotContain("tableName");
    }

    @Test
    void schemaAndRulesRefuseUnsafeOrInconsistentDefinitions() {
        String[] bad = {
                "[]",
                "{\"code\":\"a\",\"title\":\"x\",\"fields\":[]}",
                "{\"code\":\"A\",\"title\":\"x\",\"fields\":[{\"name\":\"a\",\"label\":\"a\",\"type\":\"string\"}]}",
                "{\"code\":\"a\",\"title\":\"x\",\"unknown\":1,\"fields\":[{\"name\":\"a\",\"label\":\"a\",\"type\":\"string\"}]}",
                "{\"code\":\"a\",\"title\":\"x\",\"fields\":[{\"name\":\"order\",\"label\":\"a\",\"type\":\"string\"}]}",
                "{\"code\":\"a\",\"title\":\"x\",\"fields\":[{\"name\":\"a\",\"label\":\"a\",\"type\":\"string\"},{\"name\":\"a\",\"label\":\"b\",\"type\":\"int\"}]}",
                "{\"code\":\"a\",\"title\":\"x\",\"fields\":[{\"name\":\"del_flag\",\"label\":\"a\",\"type\":\"int\"}]}",
                "{\"code\":\"a\",\"title\":\"x\",\"table\":\"onl_form\",\"fields\":[{\"name\":\"a\",\"label\":\"a\",\"type\":\"string\"}]}",
                "{\"code\":\"a\",\"title\":\"x\",\"fields\":[{\"name\":\"a\",\"label\":\"a\",\"type\":\"int\",\"query\":\"like\"}]}",
                "{\"code\":\"a\",\"title\":\"x\",\"fields\":[{\"name\":\"a\",\"label\":\"a\",\"type\":\"string\",\"pattern\":\"([\"}]}",
                "{\"code\":\"a\",\"title\":\"x\",\"fields\":[{\"name\":\"a\",\"label\":\"a\",\"type\":\"int\",\"min\":5,\"max\":1}]}",
                "{\"code\":\"a\",\"title\":\"x\",\"kind\":\"tree\",\"fields\":[{\"name\":\"a\",\"label\":\"a\",\"type\":\"string\"}]}",
                "{\"code\":\"a\",\"title\":\"x\",\"kind\":\"master\",\"fields\":[{\"name\":\"a\",\"label\":\"a\",\"type\":\"string\"}]}",
                "{\"code\":\"a\",\"title\":\"x\",\"fields\":[{\"name\":\"a\",\"label\":\"a\",\"type\":\"string\"}],\"indexes\":[{\"name\":\"ix\",\"fields\":[\"b\"]}]}",
                "{\"code\":\"a\",\"title\":\"x\",\"fields\":[{\"name\":\"a\",\"label\":\"a\",\"type\":\"string\",\"dictTable\":{\"table\":\"sys_user\",\"label\":\"password_hash\",\"value\":\"id\"}}]}",
                "{\"code\":\"a\",\"title\":\"x\",\"fields\":[{\"name\":\"a\",\"label\":\"a\",\"type\":\"string\",\"dictTable\":{\"table\":\"t\",\"label\":\"l\",\"value\":\"v\",\"filter\":{\"1=1 or x\":1}}}]}",
                "{\"code\":\"a\",\"title\":\"x\",\"hooks\":[\"freemarker.template.utility.Execute\"],\"fields\":[{\"name\":\"a\",\"label\":\"a\",\"type\":\"string\"}]}",
                "{\"code\":\"a\",\"title\":\"${\\\"freemarker.template.utility.Execute\\\"?new()(\\\"id\\\")}\",\"fields\":[{\"name\":\"a\",\"label\":\"a\",\"type\":\"string\"}]}",
                "{\"code\":\"a\",\"title\":\"x\",\"fields\":[{\"name\":\"a\",\"label\":\"<#assign x=1>\",\"type\":\"string\"}]}",
                "{\"code\":\"a\",\"title\":\"x\",\"fields\":[{\"name\":\"a\",\"label\":\"a\",\"type\":\"string\",\"options\":[{\"value\":\"1\",\"label\":\"[#ftl]\"}]}]}",
                "not json"};
        for (String json : bad) {
            assertThatThrownBy(() -> reader.read(json, "t")).as(json).isInstanceOf(FormSchemaException.class);
        }
    }
}
