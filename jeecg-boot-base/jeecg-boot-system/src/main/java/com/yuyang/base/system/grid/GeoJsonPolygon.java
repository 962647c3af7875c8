package com.yuyang.base.system.grid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuyang.base.core.exception.BizException;

/**
 * Validation of a grid outline: a GeoJSON geometry of type Polygon or MultiPolygon whose positions are
 * [lng, lat] numbers within range and whose rings are closed with at least four positions.
 * Returns the normalised JSON text that is stored.
 */
final class GeoJsonPolygon {

    static final int MAX_CHARS = 1_000_000;

    private GeoJsonPolygon() {
    }

    static String validate(JsonNode node, ObjectMapper json) {
        if (node == null || node.isNull()) {
            return null;
        }
        JsonNode geometry = node;
        if (node.isTextual()) {
            if (node.asText().isBlank()) {
                return null;
            }
            if (node.asText().length() > MAX_CHARS) {
                throw invalid("内容过大");
            }
            try {
                geometry = json.readTree(node.asText());
            } catch (JsonProcessingException e) {
                throw invalid("不是合法的 JSON");
            }
        }
        if (!geometry.isObject()) {
            throw invalid("应为 Polygon 或 MultiPolygon 几何对象");
        }
        String type = geometry.path("type").asText("");
        JsonNode coordinates = geometry.get("coordinates");
        switch (type) {
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> {
                if (coordinates == null || !coordinates.isArray() || coordinates.isEmpty()) {
                    throw invalid("MultiPolygon 的 coordinates 应为非空数组");
                }
                coordinates.forEach(GeoJsonPolygon::polygon);
            }
            default -> throw invalid("type 只能是 Polygon 或 MultiPolygon");
        }
        String text = geometry.toString();
        if (text.length() > MAX_CHARS) {
            throw invalid("内容过大");
        }
        return text;
    }

    private static void polygon(JsonNode rings) {
        if (rings == null || !rings.isArray() || rings.isEmpty()) {
            throw invalid("Polygon 的 coordinates 应为非空的线环数组");
        }
        for (JsonNode ring : rings) {
            if (!ring.isArray() || ring.size() < 4) {
                throw invalid("每个线环至少需要 4 个坐标点");
            }
            ring.forEach(GeoJsonPolygon::position);
            if (!ring.get(0).equals(ring.get(ring.size() - 1))) {
                throw invalid("线环未闭合（首尾坐标应相同）");
            }
        }
    }

    private static void position(JsonNode p) {
        if (!p.isArray() || p.size() < 2 || p.size() > 3) {
            throw invalid("坐标点应为 [经度, 纬度]");
        }
        for (JsonNode n : p) {
            if (!n.isNumber()) {
                throw invalid("坐标值必须是数字");
            }
        }
        double lng = p.get(0).asDouble();
        double lat = p.get(1).asDouble();
        if (lng < -180 || lng > 180 || lat < -90 || lat > 90) {
            throw invalid("坐标超出范围（经度 -180~180，纬度 -90~90）");
        }
    }

    private static BizException invalid(String why) {
        return BizException.badRequest("网格范围 GeoJSON 不正确：" + why);
    }
}
