package org.disclosurerollup.checking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurerollup.audit.Reason;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.CellType;
import org.disclosurerollup.submission.CellValue;
import org.disclosurerollup.submission.Figures;

/**
 * Reads one submitted cell as the contract's "Values" section describes: NFKC, spaces removed, then
 * EMPTY, NA, ZERO or a number with an optional unit suffix and digit-group commas.
 * Counts are stored with scale 0; amounts (万元) exactly, without trailing zeros and never with an exponent.
 */
public final class ValueParser {

    /** 万元 to the fen (0.01 元); the database keeps exactly this many places. */
    private static final int AMOUNT_PLACES = 6;

    private static final int LONGEST_VALUE = 200;
    /** Plain digits read at once: as many as any value below {@link Figures#LARGEST} has. */
    private static final int PLAIN_DIGITS = 12;
    /** Hyphen-minus, hyphens, en/em dashes, horizontal bar, minus sign, box-drawing lines, two- and three-em dashes. */
    private static final Pattern DASHES = Pattern.compile("[-\u2010-\u2015\u2212\u2500\u2501\u2E3A\u2E3B]+");
    private static final Set<String> NA_WORDS = Set.of("/", "不适用", "n/a");
    private static final Set<String> ZERO_WORDS = Set.of("零", "〇", "无");
    /** Plain decimal notation: a sign, digits either ungrouped or in valid groups of three, a fraction. */
    private static final Pattern NUMBER = Pattern.compile("([+\\-\u2212]?)(\\d+|[1-9]\\d{0,2}(?:,\\d{3})+)(\\.\\d+)?");
    /** Digits and commas that failed {@link #NUMBER}: the grouping is wrong (“1,23”). */
    private static final Pattern BADLY_GROUPED = Pattern.compile("[+\\-\u2212]?[\\d,]*,[\\d,]*(\\.\\d+)?");
    /** The largest value the database keeps (a city's 行政许可 may pass ten million; no count nears this). */
    private static final BigDecimal LARGEST = Figures.LARGEST;

    public ValueReading read(String raw, CatalogCell cell) {
        if (!cell.carriesValue()) {
            throw new IllegalArgumentException("heading cell " + cell.code() + " carries no value");
        }
        if (raw == null) {
            return accepted(CellValue.EMPTY);
        }
        if (plainDigits(raw)) {
            BigDecimal value = BigDecimal.valueOf(Long.parseLong(raw));
            return accepted(CellValue.of(cell.isAmount() ? CellValue.plain(value) : value));
        }
        if (raw.length() > LONGEST_VALUE) {
            return rejected(Reason.TYPE_ERROR, SubmittedText.quoted(raw) + "过长（" + raw.length()
                    + "个字符），不是数值：" + fillHint(cell));
        }
        String text = SubmittedText.normalise(raw);
        if (text.isEmpty()) {
            return accepted(CellValue.EMPTY);
        }
        if (DASHES.matcher(text).matches() || NA_WORDS.contains(text.toLowerCase(Locale.ROOT))) {
            return accepted(CellValue.NA);
        }
        if (ZERO_WORDS.contains(text)) {
            return accepted(CellValue.ZERO);
        }
        if (SubmittedText.hasCompatibilityNumerals(raw)) {
            return notANumber(raw, cell);
        }
        WrittenUnit unit = WrittenUnit.endingOf(text);
        String number = unit.removeFrom(text);
        String beforeCountUnit = unit.kind() == WrittenUnit.Kind.COUNT ? number : text;
        if (!cell.isAmount() && beforeCountUnit.endsWith(WrittenUnit.TEN_THOUSAND)) {
            return tenThousandsInACount(raw, beforeCountUnit, cell);
        }
        if (!unit.suits(cell.type())) {
            return rejected(Reason.TYPE_ERROR, SubmittedText.quoted(raw) + "的单位不对：该指标以“" + cell.unit()
                    + "”计，" + (cell.isAmount() ? "请填写金额" : "请填写" + cell.unit() + "数"));
        }
        return readNumber(number, unit, raw, cell);
    }

    private ValueReading readNumber(String digits, WrittenUnit unit, String raw, CatalogCell cell) {
        Matcher number = NUMBER.matcher(digits);
        if (!number.matches()) {
            return BADLY_GROUPED.matcher(digits).matches()
                    ? rejected(Reason.TYPE_ERROR, SubmittedText.quoted(raw)
                            + "的千分位分隔有误：逗号应每三位一组（如1,234），请核对后填写")
                    : notANumber(raw, cell);
        }
        boolean minus = !number.group(1).isEmpty() && !number.group(1).equals("+");
        BigDecimal value = new BigDecimal(number.group(2).replace(",", "")
                + (number.group(3) == null ? "" : number.group(3)));
        if (minus && value.signum() != 0) {
            if (cell.type() != CellType.SIGNED) {
                return rejected(Reason.NEGATIVE_VALUE, SubmittedText.quoted(raw) + "为负数：该指标不能为负，请核对后填写");
            }
            value = value.negate();
        }
        if (value.abs().compareTo(LARGEST) > 0) {
            return rejected(Reason.TYPE_ERROR, SubmittedText.quoted(raw) + "数值过大：请核对后填写");
        }
        return cell.isAmount() ? amount(value, unit, raw) : count(value, raw, cell);
    }

    private ValueReading amount(BigDecimal value, WrittenUnit unit, String raw) {
        BigDecimal wanYuan = CellValue.plain(unit == WrittenUnit.YUAN ? value.movePointLeft(4) : value);
        if (wanYuan.scale() > AMOUNT_PLACES) {
            return rejected(Reason.TYPE_ERROR, SubmittedText.quoted(raw) + "小数位数过多：金额精确到分即可（以万元计最多"
                    + AMOUNT_PLACES + "位小数，以元计最多2位小数）");
        }
        if (unit != WrittenUnit.YUAN) {
            return accepted(CellValue.of(wanYuan));
        }
        if (wanYuan.signum() == 0) {
            return accepted(CellValue.ZERO);
        }
        ValueReading.Note converted = new ValueReading.Note("yuan-to-wanyuan",
                SubmittedText.quoted(raw) + "按元填写，已换算为" + wanYuan.toPlainString() + "万元");
        return new ValueReading.Accepted(CellValue.of(wanYuan), List.of(converted));
    }

    private ValueReading count(BigDecimal value, String raw, CatalogCell cell) {
        if (value.stripTrailingZeros().scale() > 0) {
            return rejected(Reason.NOT_INTEGER, SubmittedText.quoted(raw) + "不是整数：" + cell.unit() + "数应为整数");
        }
        return accepted(CellValue.of(value.setScale(0)));
    }


    /** “1.5万” or “3万件” in a count cell: rejected, with the whole number to write when it is one. */
    private static ValueReading tenThousandsInACount(String raw, String written, CatalogCell cell) {
        String digits = written.substring(0, written.length() - WrittenUnit.TEN_THOUSAND.length());
        String example = "";
        if (NUMBER.matcher(digits).matches()) {
            BigDecimal whole = new BigDecimal(digits.replace(",", "")).movePointRight(4).stripTrailingZeros();
            example = whole.scale() <= 0 ? "（" + digits + "万写作" + whole.toPlainString() + "）" : "";
        }
        return rejected(Reason.TYPE_ERROR, SubmittedText.quoted(raw) + "用了“万”：该指标以“" + cell.unit()
                + "”计，请写出完整的" + cell.unit() + "数" + example);
    }

    /** Most values are written as plain digits, {@code 0} to {@code 9999999999999}: read without the slow path. */
    private static boolean plainDigits(String raw) {
        int length = raw.length();
        if (length == 0 || length > PLAIN_DIGITS) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private ValueReading notANumber(String raw, CatalogCell cell) {
        return rejected(Reason.TYPE_ERROR, SubmittedText.quoted(raw) + "不是数字：" + fillHint(cell));
    }

    private static String fillHint(CatalogCell cell) {
        String unit = cell.isAmount() ? "（单位万元，按元填写请带“元”）" : "（可带单位“" + cell.unit() + "”）";
        return "请只填写阿拉伯数字" + unit + "，没有数据请填0";
    }

    private static ValueReading accepted(CellValue value) {
        return new ValueReading.Accepted(value, List.of());
    }

    private static ValueReading rejected(Reason reason, String message) {
        return new ValueReading.Rejected(reason, message);
    }
}
