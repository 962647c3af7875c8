package com.yuyang.base.system.grid;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

/** Request bodies and views of the grid API. */
public final class GridRequests {

    private GridRequests() {
    }

    public record Save(
            @PositiveOrZero(message = "上级网格不正确") Long parentId,
            @NotNull(message = "所属单位不能为空") @Positive(message = "所属单位不正确") Long deptId,
            @NotBlank(message = "网格名称不能为空") @Size(max = 100, message = "网格名称不能超过 100 个字符") String name,
            @NotBlank(message = "网格编码不能为空") @Size(max = 64, message = "网格编码不能超过 64 个字符")
            @Pattern(regexp = "[A-Za-z0-9_-]+", message = "网格编码只能包含字母、数字、下划线和短横线") String code,
            /** a GeoJSON Polygon/MultiPolygon object (or its JSON text); optional */
            JsonNode geojson,
            @Min(value = 0, message = "排序号不能为负数") @Max(value = 100000, message = "排序号过大") Integer sortNo,
            @Pattern(regexp = "ACTIVE|DISABLED", message = "状态只能是 ACTIVE 或 DISABLED") String status,
            @Size(max = 500, message = "备注不能超过 500 个字符") String remark,
            Integer version) {
    }

    public record Node(Long id, Long parentId, String path, Long deptId, String name, String code, Integer levelNo,
                       String geojson, Integer sortNo, String status, String remark, Integer version,
                       List<Node> children) {

        static Node of(SysGrid g) {
            return new Node(g.getId(), g.getParentId(), g.getPath(), g.getDeptId(), g.getName(), g.getCode(),
                    g.getLevelNo(), g.getGeojson(), g.getSortNo(), g.getStatus(), g.getRemark(), g.getVersion(),
                    new ArrayList<>());
        }
    }

    /** A user bound to a grid. */
    public record Member(Long id, String username, String realName) {
    }
}
