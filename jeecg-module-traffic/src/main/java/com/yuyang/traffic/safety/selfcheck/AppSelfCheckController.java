package com.yuyang.traffic.safety.selfcheck;

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

/** Enterprise mini-program: the A8 self-check of the bound subject (fill, save a draft, submit, history). */
@Tag(name = "企业小程序-企业自检")
@RestController
@RequestMapping("/api/app/self-checks")
public class AppSelfCheckController {

    private final SelfCheckService selfChecks;
    private final FileService files;

    public AppSelfCheckController(SelfCheckService selfChecks, FileService files) {
        this.selfChecks = selfChecks;
        this.files = files;
    }

    @Operation(summary = "本期自检：本行业的自检项，以及本期已创建的自检（未创建时 selfCheck 为 null）",
            description = "自检周期由配置项 safety.self-check.period 决定（MONTH/QUARTER/YEAR）；账号须已扫码绑定主体，否则 403。",
            responses = @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = """
                    {"success":true,"code":200,"message":"操作成功","result":{"period":{"kind":"MONTH","key":"2026-11",
                     "start":"2026-11-01","end":"2026-11-30"},"subjectId":"31004","subjectName":"榆阳顺通运输有限公司",
                     "items":[{"itemId":"30006","name":"安全培训教育","content":"从业人员三级安全教育及年度培训记录","itemGroup":"R06"}],
                     "selfCheck":null},"timestamp":1764000000000}"""))))
    @RequiresPermissions("safety:self-check:fill")
    @GetMapping("/current")
    public Result<Map<String, Object>> current() {
        return Result.ok(selfChecks.current(CurrentUser.require()));
    }

    @Operation(summary = "创建本期自检草稿（可同时填写部分自检项）",
            description = "每项 QUALIFIED（合格）或 UNQUALIFIED（不达标，提交时须有情况说明和照片）；照片为 POST /api/files 返回的 id。"
                    + "本期已创建 → 409。")
    @RequiresPermissions("safety:self-check:fill")
    @PostMapping
    public Result<Map<String, Object>> create(@Valid @RequestBody(required = false) SelfCheckRequests.Save body) {
        return Result.ok("自检草稿已保存", selfChecks.create(body, CurrentUser.require()));
    }

    @Operation(summary = "保存草稿或修改被退回的自检（整体替换已填写的自检项）",
            description = "仅草稿或已退回状态可修改，已提交/已通过 → 409。请求示例：{\"items\":[{\"itemId\":30006,\"result\":\"QUALIFIED\"},"
                    + "{\"itemId\":30008,\"result\":\"UNQUALIFIED\",\"remark\":\"隐患台账未更新\",\"attachments\":[1790000000000000001]}]}")
    @RequiresPermissions("safety:self-check:fill")
    @PutMapping("/{id}")
    public Result<Map<String, Object>> save(@PathVariable long id, @Valid @RequestBody SelfCheckRequests.Save body) {
        return Result.ok("自检草稿已保存", selfChecks.save(id, body, CurrentUser.require()));
    }

    @Operation(summary = "提交自检（首次提交或退回后重新提交），提醒本网格网格员审核",
            description = "本行业的每个自检项都须填写；不达标项须有情况说明和至少一张照片，否则 400 并列出自检项。")
    @RequiresPermissions("safety:self-check:fill")
    @PostMapping("/{id}/submit")
    public Result<Map<String, Object>> submit(@PathVariable long id) {
        return Result.ok("自检已提交，等待网格员审核", selfChecks.submit(id, CurrentUser.require()));
    }

    @Operation(summary = "本主体的自检历史（按周期倒序）")
    @RequiresPermissions("safety:self-check:fill")
    @GetMapping
    public Result<List<Map<String, Object>>> mine() {
        return Result.ok(selfChecks.mine(CurrentUser.require()));
    }

    @Operation(summary = "自检详情：各项结果、照片、提交与审核记录（每次提交的快照）",
            description = "企业只能查看本主体的自检；网格员只能查看本网格主体的自检；其他 404。")
    @RequiresPermissions(value = {"safety:self-check:fill", "safety:self-check:review"}, logical = Logical.OR)
    @GetMapping("/{id}")
    public Result<Map<String, Object>> detail(@PathVariable long id) {
        return Result.ok(selfChecks.detail(id, CurrentUser.require()));
    }

    @Operation(summary = "下载自检照片（本次或历次提交中的附件）")
    @RequiresPermissions(value = {"safety:self-check:fill", "safety:self-check:review"}, logical = Logical.OR)
    @GetMapping("/{id}/files/{fileId}")
    public ResponseEntity<InputStreamResource> file(@PathVariable long id, @PathVariable long fileId) throws IOException {
        StoredFile f = selfChecks.attachment(id, fileId, CurrentUser.require());
        return files.download(f);
    }
}
