package com.yuyang.base.online.metadata;

import com.yuyang.base.core.exception.BizException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** Resolves a form's hook names to {@link OnlineFormHook} beans. */
@Component
public class FormHooks {

    private final org.springframework.beans.factory.ListableBeanFactory context;

    public FormHooks(org.springframework.beans.factory.ListableBeanFactory context) {
        this.context = context;
    }

    private Map<String, OnlineFormHook> beans() {
        return context.getBeansOfType(OnlineFormHook.class);
    }

    public List<OnlineFormHook> of(FormDef form) {
        return form.hookList().stream().map(beans()::get).filter(java.util.Objects::nonNull).toList();
    }

    public void checkNames(FormDef form) {
        for (String name : form.hookList()) {
            if (!beans().containsKey(name)) {
                throw BizException.badRequest("未知的表单增强：" + name);
            }
        }
    }
}
