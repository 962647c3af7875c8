package com.yuyang.base.core.exception;

/**
 * A business error that must reach the client as a 4xx with a Chinese message.
 * The status is an HTTP status; use the factory methods so that intent reads at the call site.
 */
public class BizException extends RuntimeException {

    private final int status;
    private final transient Object detail;

    public BizException(int status, String message) {
        this(status, message, null);
    }

    public BizException(int status, String message, Object detail) {
        super(message);
        this.status = status;
        this.detail = detail;
    }

    public int status() {
        return status;
    }

    public Object detail() {
        return detail;
    }

    public static BizException badRequest(String message) {
        return new BizException(400, message);
    }

    public static BizException unauthorized(String message) {
        return new BizException(401, message);
    }

    public static BizException forbidden(String message) {
        return new BizException(403, message);
    }

    public static BizException notFound(String message) {
        return new BizException(404, message);
    }

    public static BizException conflict(String message) {
        return new BizException(409, message);
    }

    public static BizException tooMany(String message) {
        return new BizException(429, message);
    }
}
