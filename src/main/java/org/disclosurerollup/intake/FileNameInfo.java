package org.disclosurerollup.intake;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file name says: {@code <unit>_<year>[_anything].<ext>}, e.g. {@code 四坝镇人民政府_2017_更正.csv}.
 *
 * @param unit the unit part, or null when the name has no {@code _}
 * @param year the year part, or null when the second part is not a year
 */
public record FileNameInfo(String unit, Integer year) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})(年度?)?");

    public static FileNameInfo parse(String fileName) {
        String name = Normalizer.normalize(fileName, Normalizer.Form.NFKC).strip();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String[] parts = stem.split("_");
        if (parts.length < 2 || parts[0].isBlank()) {
            return new FileNameInfo(null, null);
        }
        Matcher year = YEAR.matcher(parts[1].strip());
        return new FileNameInfo(parts[0].strip(), year.matches() ? Integer.valueOf(year.group(1)) : null);
    }
}
