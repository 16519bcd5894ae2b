package org.disclosurerollup.checking;

import java.util.List;
import org.disclosurerollup.catalog.CellType;

/** The unit a submitter wrote after the number, as in “0件”, “251000元” or “1.5万” (万元 in an amount cell). */
record WrittenUnit(String text, Kind kind) {

    enum Kind { NONE, COUNT, WAN_YUAN, YUAN }

    static final WrittenUnit NONE = new WrittenUnit("", Kind.NONE);
    static final WrittenUnit YUAN = new WrittenUnit("元", Kind.YUAN);
    /** “万” alone: in a 万元 cell a clerk writes “1.5万” for 1.5 万元; a count is never written so. */
    static final String TEN_THOUSAND = "万";

    /** Longest first, so that 人次 is not read as 次 nor 万元 as 元. */
    private static final List<WrittenUnit> KNOWN = List.of(
            new WrittenUnit("人次", Kind.COUNT), new WrittenUnit("万元", Kind.WAN_YUAN), YUAN,
            new WrittenUnit(TEN_THOUSAND, Kind.WAN_YUAN),
            new WrittenUnit("条", Kind.COUNT), new WrittenUnit("件", Kind.COUNT), new WrittenUnit("次", Kind.COUNT),
            new WrittenUnit("篇", Kind.COUNT), new WrittenUnit("个", Kind.COUNT), new WrittenUnit("人", Kind.COUNT),
            new WrittenUnit("项", Kind.COUNT));

    static WrittenUnit endingOf(String text) {
        return KNOWN.stream().filter(unit -> text.endsWith(unit.text)).findFirst().orElse(NONE);
    }

    String removeFrom(String text) {
        return text.substring(0, text.length() - this.text.length());
    }

    /** 元 and 万元 belong to amount cells, the count units to count cells. */
    boolean suits(CellType type) {
        return switch (kind) {
            case NONE -> true;
            case COUNT -> type != CellType.DECIMAL;
            case WAN_YUAN, YUAN -> type == CellType.DECIMAL;
        };
    }
}
