package com.yuyang.traffic.safety.equipment;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** Request bodies of the A8 special equipment flow. */
public final class EquipmentRequests {

    private EquipmentRequests() {
    }

    @Schema(example = "{\"typeId\":30302,\"name\":\"空压机储气罐\",\"modelNo\":\"C-1.0/0.8\",\"serialNo\":\"QG-2021-0087\","
            + "\"location\":\"维修车间东侧\",\"installDate\":\"2021-05-10\",\"lastCareDate\":\"2026-11-20\",\"lastCheckDate\":\"2026-03-01\","
            + "\"attachments\":[1790000000000000001]}")
    public record Declare(
            @NotNull(message = "设备类型不能为空") Long typeId,
            @NotBlank(message = "设备名称不能为空") @Size(max = 100, message = "设备名称不能超过100字") String name,
            @Size(max = 100, message = "设备型号不能超过100字") String modelNo,
            @NotBlank(message = "出厂编号不能为空") @Size(max = 100, message = "出厂编号不能超过100字") String serialNo,
            @Size(max = 200, message = "安装位置不能超过200字") String location,
            @JsonFormat(pattern = "yyyy-MM-dd") LocalDate installDate,
            @JsonFormat(pattern = "yyyy-MM-dd") LocalDate lastCareDate,
            @JsonFormat(pattern = "yyyy-MM-dd") LocalDate lastCheckDate,
            @Size(max = 500, message = "备注不能超过500字") String remark,
            @Size(max = 9, message = "附件不能超过9个") List<@NotNull(message = "附件编号不能为空") Long> attachments) {
    }

    @Schema(example = "{\"kind\":\"CARE\",\"doneOn\":\"2026-11-24\",\"content\":\"排污、安全阀校验、压力表检查\",\"attachments\":[1790000000000000002]}")
    public record Maintenance(
            @NotBlank(message = "维保类型不能为空")
            @Pattern(regexp = "CARE|CHECK", message = "维保类型只能是 CARE（日常保养）或 CHECK（定期检查）") String kind,
            @NotNull(message = "维保日期不能为空") @JsonFormat(pattern = "yyyy-MM-dd") LocalDate doneOn,
            @NotBlank(message = "维保内容不能为空") @Size(max = 1000, message = "维保内容不能超过1000字") String content,
            @NotEmpty(message = "请上传维保记录附件") @Size(max = 9, message = "附件不能超过9个")
            List<@NotNull(message = "附件编号不能为空") Long> attachments) {
    }

    @Schema(example = "{\"note\":\"资料齐全\"}")
    public record Approve(@Size(max = 500, message = "审核意见不能超过500字") String note) {
    }

    @Schema(example = "{\"reason\":\"请补充特种设备使用登记证照片\"}")
    public record Return(
            @NotBlank(message = "请填写退回原因") @Size(max = 500, message = "退回原因不能超过500字") String reason) {
    }
}
