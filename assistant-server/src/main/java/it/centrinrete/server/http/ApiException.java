package it.centrinrete.server.http;

/**
 * A request the server refuses, with the HTTP status, the machine code and the plain sentence that api.md's error
 * body carries. Thrown by handlers and turned into JSON once, in routing.
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    public static ApiException unauthorized() {
        return new ApiException(401, "unauthorized", "A valid kiosk token is required in the Authorization header.");
    }
}
