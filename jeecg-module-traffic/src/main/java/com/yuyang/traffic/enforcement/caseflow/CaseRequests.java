package com.yuyang.traffic.enforcement.caseflow;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;

public final class CaseRequests {

    static final String ID_CARD = "^\\d{17}[\\dXx]$";
    static final String PLATE = "^[\\u4e00-\\u9fa5][A-Z][A-Z0-9]{4,6}[\\u4e00-\\u9fa5]?$";

    private CaseRequests() {
    }

    @Schema(description = "登记案件（B3）")
    public record Create(
            @Schema(description = "案件小类 id", example = "400121") @NotNull(message = "案件分类不能为空") Long categoryId,
            @Schema(description = "执法对象 id（已存在的对象）", example = "400301") @NotNull(message = "执法对象不能为空") Long subjectId,
            @Schema(description = "案件所属网格（默认为执法对象所在网格）", example = "201") Long gridId,
            @Schema(description = "案情", example = "货车超限运输，超限 35%")
            @NotBlank(message = "案情不能为空") @Size(max = 4000, message = "案情不能超过 4000 个字符") String content,
            @Schema(description = "车牌号", example = "陕K12345")
            @Pattern(regexp = PLATE, message = "车牌号格式不正确") String plate,
            @Schema(description = "驾驶员身份证号（加密存储）", example = "610802199001011234")
            @Pattern(regexp = ID_CARD, message = "驾驶员身份证号应为 18 位") String driverIdNo,
            @Schema(description = "照片、视频的文件 id（先上传）") @Size(max = 20, message = "附件最多 20 个") List<Long> media) {
    }

    @Schema(description = "办理当前环节")
    public record Action(
            @Schema(description = "操作：pass 办结本环节、dispatch 派单、verify 核实、record 记录、pause 暂停、resume 恢复，以及各环节扩展的操作",
                    example = "verify")
            @NotBlank(message = "操作不能为空") String action,
            @Schema(description = "办理意见", example = "情况属实") @Size(max = 2000, message = "办理意见不能超过 2000 个字符") String opinion,
            @Schema(description = "内部备注（不公开）") @Size(max = 2000, message = "内部备注不能超过 2000 个字符") String internalNote,
            @Schema(description = "办理意见是否在公开页展示") Boolean publicOpinion,
            @Schema(description = "附件文件 id") @Size(max = 20, message = "附件最多 20 个") List<Long> media,
            @Schema(description = "读到的案件版本号（可选；不一致时 409）") Integer version,
            @Schema(description = "操作数据：dispatch {assigneeId}；verify {cause, enterpriseOpinion, correction, process}",
                    example = "{\"cause\":\"超限运输\",\"process\":\"现场核查车辆及运单\"}") Map<String, Object> data) {
    }

    @Schema(description = "第三方系统推送案件")
    public record Import(
            @Schema(description = "第三方案件编号（同一来源重复推送返回同一案件）", example = "TP-2026-0001")
            @NotBlank(message = "第三方案件编号不能为空") @Size(max = 64, message = "第三方案件编号不能超过 64 个字符") String externalNo,
            @NotNull(message = "案件分类不能为空") Long categoryId,
            @Schema(description = "案件所属网格", example = "201") @NotNull(message = "所属网格不能为空") Long gridId,
            @NotBlank(message = "案情不能为空") @Size(max = 4000, message = "案情不能超过 4000 个字符") String content,
            @Pattern(regexp = PLATE, message = "车牌号格式不正确") String plate,
            @Pattern(regexp = ID_CARD, message = "驾驶员身份证号应为 18 位") String driverIdNo,
            @NotNull(message = "执法对象不能为空") @Valid Party subject) {
    }

    @Schema(description = "第三方推送的执法对象：按证件号、再按名称在网格内查找，不存在则新建")
    public record Party(
            @NotBlank(message = "执法对象名称不能为空") @Size(max = 100, message = "执法对象名称不能超过 100 个字符") String name,
            @Pattern(regexp = "^(ENTERPRISE|INDIVIDUAL|PERSON)$", message = "对象类型只能是 ENTERPRISE、INDIVIDUAL 或 PERSON") String subjectType,
            @Pattern(regexp = "^(\\d{17}[\\dXx]|[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10})$",
                    message = "证件号应为 18 位身份证号或统一社会信用代码") String idNo,
            @Pattern(regexp = "^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})$", message = "联系电话格式不正确") String phone,
            @Size(max = 50, message = "联系人不能超过 50 个字符") String contact,
            @Pattern(regexp = PLATE, message = "车牌号格式不正确") String plate) {
    }
}
