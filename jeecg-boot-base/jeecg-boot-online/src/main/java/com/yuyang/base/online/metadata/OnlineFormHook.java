package com.yuyang.base.online.metadata;

import java.util.Map;

/**
 * A named enhancement of a form, declared in its {@code hooks} list: a Spring bean whose bean name is the
 * hook name. Hooks may adjust or refuse (throw a BizException) a write, or post-process list rows.
 * There is deliberately no way to inject SQL.
 */
public interface OnlineFormHook {

    default void beforeQuery(FormDef form, Map<String, String> params) {
    }

    default void afterQuery(FormDef form, java.util.List<Map<String, Object>> rows) {
    }

    default void beforeAdd(FormDef form, Map<String, Object> row) {
    }

    default void afterAdd(FormDef form, long id, Map<String, Object> row) {
    }

    default void beforeEdit(FormDef form, long id, Map<String, Object> row) {
    }

    default void afterEdit(FormDef form, long id, Map<String, Object> row) {
    }

    default void beforeDelete(FormDef form, long id) {
    }

    default void afterDelete(FormDef form, long id) {
    }
}
