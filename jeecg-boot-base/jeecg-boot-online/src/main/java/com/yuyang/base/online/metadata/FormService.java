package com.yuyang.base.online.metadata;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.online.ddl.DdlSyncService;
import com.yuyang.base.online.ddl.SyncReport;
import com.yuyang.base.online.schema.FormDefinitionReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Life cycle of form definitions: create, save a new design (version + 1), sync it to the database
 * (which makes it the runtime definition), export it as form-schemas JSON.
 */
@Service
public class FormService {

    private final FormRepository repository;
    private final DdlSyncService ddl;
    private final FormRegistry registry;
    private final FormPermissionRegistrar permissions;
    private final FormHooks hooks;

    public FormService(FormRepository repository, DdlSyncService ddl, FormRegistry registry,
                       FormPermissionRegistrar permissions, FormHooks hooks) {
        this.repository = repository;
        this.ddl = ddl;
        this.registry = registry;
        this.permissions = permissions;
        this.hooks = hooks;
    }

    public List<StoredForm> list() {
        return repository.all();
    }

    public StoredForm get(String code) {
        if (!Identifiers.valid(code)) {
            throw BizException.notFound("表单不存在");
        }
        return repository.find(code).orElseThrow(() -> BizException.notFound("表单不存在：" + code));
    }

    @Transactional
    public StoredForm create(FormDef def, String source) {
        hooks.checkNames(def);
        if (repository.find(def.code()).isPresent()) {
            throw BizException.conflict("表单编码已存在：" + def.code());
        }
        if (repository.tableTaken(def.tableName(), def.code())) {
            throw BizException.conflict("表名已被其他表单使用：" + def.tableName());
        }
        repository.insert(def, source, currentUser());
        permissions.ensure(def);
        return get(def.code());
    }

    /**
     * Saves a new design. From the API the version is the stored one + 1; a form-schemas file brings its own
     * (higher) version. {@code expectedVersion}, when given, must be the stored design version (else 409).
     */
    @Transactional
    public StoredForm update(String code, FormDef def, Integer expectedVersion, String source) {
        StoredForm old = get(code);
        if (!old.code().equals(def.code())) {
            throw BizException.badRequest("表单编码不能修改");
        }
        if (!old.design().tableName().equals(def.tableName())) {
            throw BizException.badRequest("表名不能修改");
        }
        hooks.checkNames(def);
        int current = old.design().formVersion();
        if (expectedVersion != null && expectedVersion != current) {
            throw BizException.conflict("表单已被他人修改（当前版本 " + current + "），请刷新后重试");
        }
        FormDef next = "API".equals(source) ? def.withVersion(current + 1) : def;
        if (next.formVersion() <= current) {
            throw BizException.badRequest("新版本号必须大于当前版本 " + current);
        }
        if (!repository.updateDesign(old, next, source, currentUser())) {
            throw BizException.conflict("表单已被他人修改，请刷新后重试");
        }
        permissions.ensure(next);
        return get(code);
    }

    /** Applies the saved design to the database; safe changes always, destructive ones only when confirmed. */
    public SyncReport sync(String code, boolean confirm) {
        StoredForm form = get(code);
        SyncReport report = ddl.sync(form.design(), confirm, currentUser());
        repository.markSynced(form.id(), form.design());
        registry.changed(code);
        return report;
    }

    public String export(String code) {
        return FormDefinitionReader.write(get(code).design());
    }

    private static String currentUser() {
        return CurrentUser.get().map(LoginUser::username).orElse("system");
    }
}
