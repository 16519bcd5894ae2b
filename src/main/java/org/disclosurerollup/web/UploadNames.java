package org.disclosurerollup.web;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The name an uploaded file is stored under: the browser's name without any folder part, control characters or
 * characters a file name cannot hold, Chinese kept. Returns data: a stored name, or why there is none.
 */
final class UploadNames {

    static final Set<String> EXTENSIONS = Set.of("csv", "xlsx", "xls");
    /** Of the stored name with its extension, in UTF-8 bytes: well below the 255 of common file systems, leaving room
     *  for a {@code _2} and the hidden side-car's {@code .} and {@code .original-name}. */
    static final int MAX_BYTES = 100;

    /** {@code stored} is null when the name cannot be used, and {@code problem} says why. */
    record Result(String stored, String problem) {
    }

    private UploadNames() {
    }

    static Result safeName(String original) {
        if (original == null || original.isBlank()) {
            return new Result(null, "文件没有名字");
        }
        String name = Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                return;
            }
            kept.appendCodePoint(":*?\"<>|".indexOf(c) >= 0 ? '_' : c);
        });
        String safe = kept.toString().strip();
        while (safe.startsWith(".") || safe.startsWith("~$")) {
            safe = safe.substring(safe.startsWith(".") ? 1 : 2).strip();
        }
        String extension = extension(safe);
        if (!EXTENSIONS.contains(extension)) {
            return new Result(null, "只接受 .csv、.xlsx、.xls 文件");
        }
        String stem = safe.substring(0, safe.length() - extension.length() - 1).strip();
        if (stem.isEmpty() || stem.chars().allMatch(c -> c == '.')) {
            return new Result(null, "文件名只有扩展名：请改成“单位_年度.扩展名”，如 四坝镇_2024.csv");
        }
        return new Result(shortened(stem, MAX_BYTES - utf8Length("." + extension)) + "." + extension, null);
    }

    /** The longest start of the stem within the byte budget, cut between characters. */
    private static String shortened(String stem, int maxBytes) {
        if (utf8Length(stem) <= maxBytes) {
            return stem;
        }
        StringBuilder kept = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < stem.length(); ) {
            int c = stem.codePointAt(i);
            String character = new String(Character.toChars(c));
            bytes += utf8Length(character);
            if (bytes > maxBytes) {
                break;
            }
            kept.append(character);
            i += Character.charCount(c);
        }
        return kept.toString().strip();
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The lower-case extension, or "" when there is none. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
