package com.yuyang.base.system.grid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuyang.base.core.exception.BizException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GeoJsonPolygonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SQUARE = "[[109.7,38.2],[109.8,38.2],[109.8,38.3],[109.7,38.3],[109.7,38.2]]";

    @Test
    void acceptsClosedPolygonAndMultiPolygonAsObjectOrText() throws Exception {
        JsonNode polygon = JSON.readTree("{\"type\":\"Polygon\",\"coordinates\":[" + SQUARE + "]}");
        assertThat(GeoJsonPolygon.validate(polygon, JSON)).contains("Polygon");
        assertThat(GeoJsonPolygon.validate(JSON.getNodeFactory().textNode(polygon.toString()), JSON)).contains("109.7");
        JsonNode multi = JSON.readTree("{\"type\":\"MultiPolygon\",\"coordinates\":[[" + SQUARE + "]]}");
        assertThat(GeoJsonPolygon.validate(multi, JSON)).contains("MultiPolygon");
        assertThat(GeoJsonPolygon.validate(null, JSON)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"type\":\"Point\",\"coordinates\":[109.7,38.2]}",
            "{\"type\":\"Polygon\",\"coordinates\":[[[109.7,38.2],[109.8,38.2],[109.8,38.3],[109.7,38.4]]]}",
            "{\"type\":\"Polygon\",\"coordinates\":[[[109.7,38.2],[109.8,38.2],[109.7,38.2]]]}",
            "{\"type\":\"Polygon\",\"coordinates\":[[[200,38.2],[109.8,38.2],[109.8,38.3],[200,38.2]]]}",
            "{\"type\":\"Polygon\",\"coordinates\":[[[\"109.7\",38.2],[109.8,38.2],[109.8,38.3],[\"109.7\",38.2]]]}",
            "{\"type\":\"Polygon\"}",
            "[1,2,3]"})
    void rejectsEverythingElse(String text) throws Exception {
        JsonNode node = JSON.readTree(text);
        assertThatThrownBy(() -> GeoJsonPolygon.validate(node, JSON)).isInstanceOf(BizException.class)
                .hasMessageContaining("GeoJSON");
    }

    @Test
    void rejectsTextThatIsNotJson() {
        assertThatThrownBy(() -> GeoJsonPolygon.validate(JSON.getNodeFactory().textNode("{oops"), JSON))
                .isInstanceOf(BizException.class);
    }
}
