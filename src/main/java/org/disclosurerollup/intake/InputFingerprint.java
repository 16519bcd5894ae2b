package org.disclosurerollup.intake;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * Identifies what a run works on: the year's files (path, content, and modification time, which decides which of a
 * unit's submissions counts), the register, and the settings that change the outputs, among them the completed run of
 * last year that the run is checked and compared with. Two runs with the same fingerprint give the same outputs, so the
 * second one has nothing to do.
 */
public final class InputFingerprint {

    private InputFingerprint() {
    }

    public static String of(List<InputFile> files, String registerSha256, String... settings) {
        StringBuilder text = new StringBuilder("disclosure-rollup/2\n");
        for (InputFile file : files) {
            text.append(file.relativePath()).append('\t').append(file.sha256()).append('\t')
                    .append(file.modifiedAt().toEpochMilli()).append('\n');
        }
        text.append("register\t").append(registerSha256).append('\n');
        for (String setting : settings) {
            text.append("setting\t").append(setting).append('\n');
        }
        return DigestUtils.sha256Hex(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
