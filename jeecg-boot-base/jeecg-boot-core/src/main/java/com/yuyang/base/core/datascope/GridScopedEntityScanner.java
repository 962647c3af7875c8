package com.yuyang.base.core.datascope;

import com.baomidou.mybatisplus.annotation.TableName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Registers every {@link GridScoped} entity under {@code com.yuyang} at start-up, so that a new business
 * table is isolated by declaring it, not by remembering to filter in each query.
 */
@Component
public class GridScopedEntityScanner implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(GridScopedEntityScanner.class);
    static final String BASE_PACKAGE = "com.yuyang";

    @Override
    public void afterPropertiesSet() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(GridScoped.class));
        for (var candidate : scanner.findCandidateComponents(BASE_PACKAGE)) {
            Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
            TableName tableName = type.getAnnotation(TableName.class);
            if (tableName == null || tableName.value().isBlank()) {
                throw new IllegalStateException(type.getName() + " is @GridScoped but has no @TableName");
            }
            GridScopedTables.register(tableName.value(), type.getAnnotation(GridScoped.class).column());
        }
        log.info("Grid-scoped tables: {}", GridScopedTables.tables());
    }
}
