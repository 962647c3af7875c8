package com.yuyang.traffic.enforcement.app;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Request bodies of the enforcer app (B11). */
public final class AppRequests {

    static final String ID_NO = "^(\\d{17}[\\dXx]|[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10})$";

    private AppRequests() {
    }

    @Schema(description = "登记执法对象（先按证件号、再按名称在网格内查找，已存在则直接返回）",
            example = "{\"name\":\"榆阳恒达货运有限公司\",\"subjectType\":\"ENTERPRISE\",\"idNo\":\"91610802MA70XXXX1K\","
                    + "\"phone\":\"13912345678\",\"contact\":\"李经理\",\"plate\":\"陕K12345\",\"gridId\":201}")
    public record Subject(
            @NotBlank(message = "名称/姓名不能为空") @Size(max = 100, message = "名称/姓名不能超过100字") String name,
            @NotBlank(message = "对象类型不能为空")
            @Pattern(regexp = "ENTERPRISE|INDIVIDUAL|PERSON", message = "对象类型只能是 ENTERPRISE、INDIVIDUAL 或 PERSON") String subjectType,
            @Pattern(regexp = ID_NO, message = "应为 18 位身份证号或统一社会信用代码") String idNo,
            @Pattern(regexp = "^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})$", message = "联系电话应为手机号或座机号（如 0912-3456789）") String phone,
            @Size(max = 50, message = "联系人不能超过50字") String contact,
            @Size(max = 16, message = "车牌号不能超过16个字符") String plate,
            @Schema(description = "所属网格；本人只有一个网格时可不填") Long gridId) {
    }

    @Schema(description = "现场记录（文字 + 照片/视频），记入案件当前环节的办理轨迹",
            example = "{\"opinion\":\"现场拍摄车辆超限照片 3 张，驾驶员在场\",\"media\":[1790000000000000001],\"internalNote\":\"车主态度配合\"}")
    public record Record(
            @NotBlank(message = "记录内容不能为空") @Size(max = 2000, message = "记录内容不能超过2000字") String opinion,
            @Size(max = 20, message = "附件最多20个") List<@NotNull(message = "附件编号不能为空") Long> media,
            @Size(max = 2000, message = "内部备注不能超过2000字") String internalNote,
            @Schema(description = "读到的案件版本号（可选，不一致时 409）") Integer version) {
    }
}
