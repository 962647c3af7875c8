package com.yuyang.base.core.exception;

import com.yuyang.base.core.web.Result;
import org.mybatis.spring.MyBatisSystemException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A {@link BizException} thrown inside the data layer (the grid-scope write check) reaches the web layer
 * wrapped by MyBatis; answer it with its own status instead of a 500. Ordered before the global handler,
 * whose catch-all would otherwise win.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class WrappedBizExceptionHandler {

    private final GlobalExceptionHandler fallback = new GlobalExceptionHandler();

    @ExceptionHandler(MyBatisSystemException.class)
    public ResponseEntity<Result<Object>> wrapped(MyBatisSystemException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BizException biz) {
                return GlobalExceptionHandler.respond(biz.status(), biz.getMessage(), biz.detail());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return fallback.unexpected(e);
    }
}
