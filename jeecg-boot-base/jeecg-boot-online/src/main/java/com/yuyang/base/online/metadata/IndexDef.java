package com.yuyang.base.online.metadata;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A declared index over declared fields. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndexDef(String name, List<String> fields, Boolean unique) {

    public boolean uniqueIndex() {
        return Boolean.TRUE.equals(unique);
    }
}
