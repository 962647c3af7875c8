package com.yuyang.base.online.api;

import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.online.metadata.FormPermissionRegistrar.Action;
import org.apache.shiro.authz.annotation.RequiresAuthentication;

import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.web.Result;
import com.yuyang.base.online.ddl.SyncReport;
import com.yuyang.base.online.metadata.FormDef;
import com.yuyang.base.online.metadata.FormService;
import com.yuyang.base.online.metadata.StoredForm;
import com.yuyang.base.online.schema.FormDefinitionReader;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Form management: the same JSON as a form-schemas file in and out; sync applies a design to the database. */
@RestController
@RequestMapping("/api/online/forms")
public class OnlineFormController {

    private final FormService forms;
    private final FormDefinitionReader reader;

    public OnlineFormController(FormService forms, FormDefinitionReader reader) {
        this.forms = forms;
        this.reader = reader;
    }

    @GetMapping
    @RequiresPermissions("online:form:list")
    public Result<List<Map<String, Object>>> list() {
        return Result.ok(forms.list().stream().map(OnlineFormController::summary).toList());
    }

    /**
     * The generated list page of a form needs its metadata: a designer (online:form:list) or anyone who may
     * list that form's data (online:&lt;code&gt;:list) reads it; everyone else gets 403.
     */
    @GetMapping("/{code}")
    @RequiresAuthentication
    public Result<Map<String, Object>> get(@PathVariable String code) {
        if (!CurrentUser.require().hasPermission("online:form:list")) {
            OnlinePermissions.require(code, Action.LIST);
        }
        StoredForm f = forms.get(code);
        Map<String, Object> out = summary(f);
        out.put("design", f.design());
        out.put("runtime", f.runtime());
        return Result.ok(out);
    }

    @PostMapping
    @RequiresPermissions("online:form:add")
    public Result<Map<String, Object>> create(@RequestBody JsonNode body) {
        FormDef def = reader.read(body, "请求");
        return Result.ok("创建成功", summary(forms.create(def, "API")));
    }

    /** Saves a new design (version = stored + 1); {@code ?expectedVersion=} guards against lost updates. */
    @PutMapping("/{code}")
    @RequiresPermissions("online:form:edit")
    public Result<Map<String, Object>> update(@PathVariable String code, @RequestBody JsonNode body,
                                              @RequestParam(required = false) Integer expectedVersion) {
        FormDef def = reader.read(body, "请求");
        if (!code.equals(def.code())) {
            throw BizException.badRequest("表单编码不能修改");
        }
        return Result.ok("保存成功", summary(forms.update(code, def, expectedVersion, "API")));
    }

    @PostMapping("/{code}/sync")
    @RequiresPermissions("online:form:sync")
    public Result<SyncReport> sync(@PathVariable String code, @RequestParam(defaultValue = "false") boolean confirm) {
        return Result.ok(forms.sync(code, confirm));
    }

    /** The design as a form-schemas file, ready to be committed. */
    @GetMapping("/{code}/export")
    @RequiresPermissions("online:form:export")
    public ResponseEntity<byte[]> export(@PathVariable String code) {
        String json = forms.export(code);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + forms.get(code).code() + ".json\"")
                .body(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> summary(StoredForm f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", f.code());
        m.put("title", f.design().title());
        m.put("kind", f.design().formKind().name().toLowerCase());
        m.put("table", f.design().tableName());
        m.put("gridScoped", f.design().gridScopedTable());
        m.put("version", f.design().formVersion());
        m.put("syncedVersion", f.syncedVersion());
        m.put("source", f.source());
        return m;
    }
}
