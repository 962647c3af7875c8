package com.yuyang.base.core.exception;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.yuyang.base.core.web.Result;
import jakarta.validation.ConstraintViolationException;
import org.apache.shiro.authz.AuthorizationException;
import org.apache.shiro.authz.UnauthenticatedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one error handler: every failure leaves as the envelope, 4xx for the caller's mistakes,
 * never a stack trace. Field errors are returned as {@code result: {field: message}}.
 */
@RestControllerAdvice
public class GlobalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    @ExceptionHandler(BizException.class)
    public ResponseEntity<Result<Object>> biz(BizException e) {
        return respond(e.status(), e.getMessage(), e.detail());
    }

    @ExceptionHandler(BindException.class)
    public ResponseEntity<Result<Object>> bind(BindException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldError fe : e.getBindingResult().getFieldErrors()) {
            fields.putIfAbsent(fe.getField(), fe.isBindingFailure()
                    ? "格式不正确" : fe.getDefaultMessage());
        }
        String first = fields.isEmpty() ? "参数校验失败"
                : fields.entrySet().iterator().next().getKey() + ": " + fields.values().iterator().next();
        return respond(400, "参数校验失败：" + first, fields);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<Result<Object>> constraint(ConstraintViolationException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        e.getConstraintViolations().forEach(v -> {
            String path = v.getPropertyPath().toString();
            fields.putIfAbsent(path.substring(path.lastIndexOf('.') + 1), v.getMessage());
        });
        return respond(400, "参数校验失败", fields);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<Result<Object>> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof InvalidFormatException ife && !ife.getPath().isEmpty()) {
            String field = fieldPath(ife.getPath());
            return respond(400, "参数格式不正确：" + field, Map.of(String.valueOf(field), "格式不正确"));
        }
        if (cause instanceof MismatchedInputException mie && !mie.getPath().isEmpty()) {
            String field = fieldPath(mie.getPath());
            return respond(400, "参数类型不正确：" + field, Map.of(String.valueOf(field), "类型不正确"));
        }
        return respond(400, "请求体格式不正确，应为合法的 JSON", null);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    public ResponseEntity<Result<Object>> missingParam(MissingServletRequestParameterException e) {
        return respond(400, "缺少参数：" + e.getParameterName(), Map.of(e.getParameterName(), "不能为空"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<Result<Object>> typeMismatch(MethodArgumentTypeMismatchException e) {
        return respond(400, "参数类型不正确：" + e.getName(), Map.of(e.getName(), "类型不正确"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    public ResponseEntity<Result<Object>> method(HttpRequestMethodNotSupportedException e) {
        return respond(405, "不支持的请求方法：" + e.getMethod(), null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public ResponseEntity<Result<Object>> mediaType(HttpMediaTypeNotSupportedException e) {
        return respond(415, "不支持的内容类型", null);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ResponseEntity<Result<Object>> tooLarge(MaxUploadSizeExceededException e) {
        return respond(413, "上传文件过大", null);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    public ResponseEntity<Result<Object>> noResource(NoResourceFoundException e) {
        return respond(404, "资源不存在", null);
    }

    @ExceptionHandler(UnauthenticatedException.class)
    public ResponseEntity<Result<Object>> unauthenticated(UnauthenticatedException e) {
        return respond(401, "未登录或登录已过期", null);
    }

    @ExceptionHandler(AuthorizationException.class)
    public ResponseEntity<Result<Object>> forbidden(AuthorizationException e) {
        return respond(403, "没有权限执行此操作", null);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    public ResponseEntity<Result<Object>> stale(OptimisticLockingFailureException e) {
        return respond(409, "数据已被他人修改，请刷新后重试", null);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    public ResponseEntity<Result<Object>> duplicate(DuplicateKeyException e) {
        return respond(409, "数据已存在，不能重复", null);
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<Result<Object>> unexpected(Exception e) {
        log.error("Unhandled error", e);
        return respond(500, "系统繁忙，请稍后再试", null);
    }

    /** "permissionIds[1]", "items[0].code": the JSON path of a bad value, also for list elements. */
    private static String fieldPath(java.util.List<com.fasterxml.jackson.databind.JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (var ref : path) {
            if (ref.getFieldName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    public static ResponseEntity<Result<Object>> respond(int status, String message, Object detail) {
        return ResponseEntity.status(HttpStatus.valueOf(status)).body(Result.fail(status, message, detail));
    }
}
