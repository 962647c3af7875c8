package com.yuyang.base.core.datascope;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity whose table carries a {@code grid_id} column and must be filtered by the caller's grid
 * scope on every query path (A9). Picked up at start-up by {@link GridScopedEntityScanner}; tables without
 * an entity class (online forms) register through {@link GridScopedTables#register(String)}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface GridScoped {

    /** The grid column of the table. */
    String column() default GridScopedTables.DEFAULT_COLUMN;
}
