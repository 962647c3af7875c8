package com.yuyang.base.online.metadata;

import com.yuyang.base.core.datascope.GridScopedTables;
import com.yuyang.base.core.exception.BizException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-process cache of the runtime (last synced) definition of each form, read on every data request.
 * A change on any instance evicts the entry everywhere: locally here, remotely via {@link FormChangeBroadcaster}.
 */
@Component
public class FormRegistry {

    private final FormRepository repository;
    private final ObjectProvider<FormChangeBroadcaster> broadcaster;
    private final Map<String, Optional<FormDef>> cache = new ConcurrentHashMap<>();

    public FormRegistry(FormRepository repository, ObjectProvider<FormChangeBroadcaster> broadcaster) {
        this.repository = repository;
        this.broadcaster = broadcaster;
    }

    /** The form served by the data API; 404 for an unknown or never-synced form (the code is not echoed as SQL). */
    public FormDef runtime(String code) {
        if (code == null || !Identifiers.valid(code)) {
            throw BizException.notFound("表单不存在");
        }
        return cache.computeIfAbsent(code, c -> repository.find(c).map(StoredForm::runtime).map(FormRegistry::registerScope))
                .orElseThrow(() -> BizException.notFound("表单不存在或尚未同步数据库：" + code));
    }

    /**
     * Grid-scoped online tables join the platform's registry, so that the MyBatis-Plus grid interceptor also
     * filters them on any path that is not this engine (generated mappers, reports through MyBatis).
     */
    static FormDef registerScope(FormDef def) {
        if (def != null && def.gridScopedTable()) {
            GridScopedTables.register(def.tableName());
        } else if (def != null) {
            GridScopedTables.unregister(def.tableName());
        }
        return def;
    }

    public void changed(String code) {
        evictLocal(code);
        broadcaster.ifAvailable(b -> b.publish(code));
    }

    public void evictLocal(String code) {
        cache.remove(code);
    }
}
