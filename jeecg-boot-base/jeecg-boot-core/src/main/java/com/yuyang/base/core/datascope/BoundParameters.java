package com.yuyang.base.core.datascope;

import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.session.Configuration;

import java.util.List;

/** Reads the value bound to the n-th {@code ?} of a statement, the way MyBatis' parameter handler does. */
final class BoundParameters {

    private final Configuration configuration;
    private final BoundSql boundSql;

    BoundParameters(Configuration configuration, BoundSql boundSql) {
        this.configuration = configuration;
        this.boundSql = boundSql;
    }

    /** @param ordinal 1-based position of the placeholder in the statement text */
    Object valueAt(int ordinal) {
        List<ParameterMapping> mappings = boundSql.getParameterMappings();
        if (ordinal < 1 || ordinal > mappings.size()) {
            throw new IllegalStateException("no parameter mapping for placeholder " + ordinal);
        }
        String property = mappings.get(ordinal - 1).getProperty();
        if (boundSql.hasAdditionalParameter(property)) {
            return boundSql.getAdditionalParameter(property);
        }
        Object param = boundSql.getParameterObject();
        if (param == null) {
            return null;
        }
        if (configuration.getTypeHandlerRegistry().hasTypeHandler(param.getClass())) {
            return param;
        }
        return configuration.newMetaObject(param).getValue(property);
    }
}
