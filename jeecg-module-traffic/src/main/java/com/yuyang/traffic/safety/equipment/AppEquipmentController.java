package com.yuyang.traffic.safety.equipment;

import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.web.Result;
import com.yuyang.traffic.safety.file.FileService;
import com.yuyang.traffic.safety.file.StoredFile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Enterprise mini-program: A8 special equipment of the bound subject (declare, correct, maintenance reports). */
@Tag(name = "企业小程序-特种设备")
@RestController
@RequestMapping("/api/app/equipment")
public class AppEquipmentController {

    private final EquipmentService equipment;
    private final FileService files;

    public AppEquipmentController(EquipmentService equipment, FileService files) {
        this.equipment = equipment;
        this.files = files;
    }

    @Operation(summary = "本主体的特种设备（含维保周期、下次到期日、是否超期）",
            responses = @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = """
                    {"success":true,"code":200,"message":"操作成功","result":[{"id":"3690001","subjectId":"31004",
                     "typeId":"30302","typeName":"压力容器（储气罐）","name":"空压机储气罐","serialNo":"QG-2021-0087","status":"APPROVED",
                     "cycles":[{"id":"3690101","kind":"CARE","cycleDays":7,"lastDoneOn":"2026-11-10","nextDueOn":"2026-11-17","overdue":true}]}],
                     "timestamp":1764000000000}"""))))
    @RequiresPermissions("safety:equipment:declare")
    @GetMapping
    public Result<List<Map<String, Object>>> mine() {
        return Result.ok(equipment.mine(CurrentUser.require()));
    }

    @Operation(summary = "申报特种设备（待本网格网格员审核）",
            description = "typeId 取自特种设备类型（safety_equipment_type，含日常保养/定期检查周期）；同一主体出厂编号重复 → 409。"
                    + "请求示例：{\"typeId\":30302,\"name\":\"空压机储气罐\",\"serialNo\":\"QG-2021-0087\",\"installDate\":\"2021-05-10\","
                    + "\"lastCareDate\":\"2026-11-20\",\"attachments\":[1790000000000000001]}")
    @RequiresPermissions("safety:equipment:declare")
    @PostMapping
    public Result<Map<String, Object>> declare(@Valid @RequestBody EquipmentRequests.Declare body) {
        return Result.ok("设备已申报，等待网格员审核", equipment.declare(body, CurrentUser.require()));
    }

    @Operation(summary = "修改待审核的申报，或按退回原因修改后重新提交", description = "已通过的设备 → 409。")
    @RequiresPermissions("safety:equipment:declare")
    @PutMapping("/{id}")
    public Result<Map<String, Object>> update(@PathVariable long id, @Valid @RequestBody EquipmentRequests.Declare body) {
        return Result.ok("设备申报已提交，等待网格员审核", equipment.update(id, body, CurrentUser.require()));
    }

    @Operation(summary = "上报维保记录（须附维保记录附件），下次到期日 = 维保日期 + 周期",
            description = "kind：CARE 日常保养 / CHECK 定期检查；维保日期不能晚于今天，也不能早于上次维保日期。"
                    + "请求示例：{\"kind\":\"CARE\",\"doneOn\":\"2026-11-24\",\"content\":\"排污、安全阀校验\",\"attachments\":[1790000000000000002]}")
    @RequiresPermissions("safety:equipment:declare")
    @PostMapping("/{id}/maintenance")
    public Result<Map<String, Object>> report(@PathVariable long id, @Valid @RequestBody EquipmentRequests.Maintenance body) {
        return Result.ok("维保记录已上报", equipment.report(id, body, CurrentUser.require()));
    }

    @Operation(summary = "设备详情：申报信息、附件、维保周期、维保记录、申报与审核记录",
            description = "企业只能查看本主体的设备；网格员只能查看本网格主体的设备；其他 404。")
    @RequiresPermissions(value = {"safety:equipment:declare", "safety:equipment:review"}, logical = Logical.OR)
    @GetMapping("/{id}")
    public Result<Map<String, Object>> detail(@PathVariable long id) {
        return Result.ok(equipment.detail(id, CurrentUser.require()));
    }

    @Operation(summary = "下载设备申报或维保记录的附件")
    @RequiresPermissions(value = {"safety:equipment:declare", "safety:equipment:review"}, logical = Logical.OR)
    @GetMapping("/{id}/files/{fileId}")
    public ResponseEntity<InputStreamResource> file(@PathVariable long id, @PathVariable long fileId) throws IOException {
        StoredFile f = equipment.attachment(id, fileId, CurrentUser.require());
        return files.download(f);
    }
}
