package com.yuyang.base.online.schema;

import com.yuyang.base.core.exception.BizException;

import java.util.List;

/** A form definition that breaks the JSON Schema or the engine's rules; reaches an API client as 400. */
public class FormSchemaException extends BizException {

    private final List<String> problems;

    public FormSchemaException(String source, List<String> problems) {
        super(400, "表单定义不合法（" + source + "）：" + String.join("；", problems), problems);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
