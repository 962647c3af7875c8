package com.yuyang.traffic.safety.measure;

import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.web.Result;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A9: the measure states and transition rules (who may act next), edited by administrators. */
@Tag(name = "安全监管-监管措施规则")
@RestController
@RequestMapping("/api/safety/measure-rules")
public class MeasureRulesController {

    private final MeasureRules rules;

    public MeasureRulesController(MeasureRules rules) {
        this.rules = rules;
    }

    @Operation(summary = "监管措施的环节（含对主体状态的影响）与流转规则（含可办理角色）")
    @RequiresPermissions("safety:measure:list")
    @GetMapping
    public Result<MeasureRules.Rules> get() {
        return Result.ok(rules.load());
    }

    @Operation(summary = "整体替换环节与流转规则（校验全部通过才生效）",
            description = "必须保留非终结的初始环节 RECHECK，至少一个终结环节；流转只能引用已定义的环节、已存在的角色；"
                    + "仍有进行中措施的环节不能删除或改为终结（409）。")
    @RequiresPermissions("safety:measure:config")
    @PutMapping
    public Result<MeasureRules.Rules> replace(@Valid @RequestBody MeasureRequests.RulesBody body) {
        return Result.ok("规则已保存", rules.replace(body, CurrentUser.require()));
    }
}
