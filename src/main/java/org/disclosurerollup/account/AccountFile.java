package org.disclosurerollup.account;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The accounts of the web console, {@code <data>/accounts}: htpasswd-style {@code name:hash} lines with bcrypt hashes.
 * Rewritten whole through a temporary file, readable by the owner only where the file system has POSIX permissions.
 */
public final class AccountFile {

    public static final String FILE_NAME = "accounts";
    private static final int MIN_PASSWORD_LENGTH = 8;
    /** bcrypt reads no more of a password than this (Spring Security refuses longer ones). */
    private static final int BCRYPT_MAX_BYTES = 72;

    private final Path file;
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();

    public AccountFile(Path file) {
        this.file = file;
    }

    public static AccountFile inDataFolder(Path dataFolder) {
        return new AccountFile(dataFolder.resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    /** Why the name cannot be an account name (empty when it can). */
    public static Optional<String> nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("账号名不能为空");
        }
        if (name.length() > 64) {
            return Optional.of("账号名太长：最多 64 个字符");
        }
        if (name.codePoints().anyMatch(c -> c == ':' || Character.isWhitespace(c) || Character.isISOControl(c))) {
            return Optional.of("账号名“" + name + "”不能含有冒号、空格或控制字符");
        }
        return Optional.empty();
    }

    /** Why the password cannot be used (empty when it can). */
    public static Optional<String> passwordProblem(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            return Optional.of("密码太短：至少 " + MIN_PASSWORD_LENGTH + " 个字符");
        }
        if (utf8Length(password) > BCRYPT_MAX_BYTES) {
            return Optional.of("密码太长：最多 " + BCRYPT_MAX_BYTES + " 字节（约 24 个汉字）");
        }
        return Optional.empty();
    }

    private static int utf8Length(char[] password) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        int length = bytes.remaining();
        Arrays.fill(bytes.array(), (byte) 0);
        return length;
    }

    /** The name → bcrypt hash of every account, in file order; empty when the file does not exist. */
    public Map<String, String> read() throws IOException {
        Map<String, String> accounts = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return accounts;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int colon = line.indexOf(':');
            if (colon > 0 && colon < line.length() - 1) {
                accounts.put(line.substring(0, colon), line.substring(colon + 1).strip());
            }
        }
        return accounts;
    }

    public boolean hasAccounts() throws IOException {
        return !read().isEmpty();
    }

    /** Creates the account, or gives it a new password; true when it existed. */
    public boolean put(String name, char[] password) throws IOException {
        Map<String, String> accounts = read();
        boolean existed = accounts.containsKey(name);
        accounts.put(name, encoder.encode(CharBuffer.wrap(password)));
        write(accounts);
        return existed;
    }

    private void write(Map<String, String> accounts) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        List<String> lines = new ArrayList<>();
        accounts.forEach((name, hash) -> lines.add(name + ":" + hash));
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".accounts", ".tmp");
        try {
            ownerOnly(temporary);
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void ownerOnly(Path path) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
