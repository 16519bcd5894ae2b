package org.disclosurerollup.register;

/** The register file cannot be used; the message, in Chinese, names the file and line and says what to fix. */
public class RegisterException extends RuntimeException {
    public RegisterException(String message) {
        super(message);
    }
}
