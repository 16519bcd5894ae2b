package org.disclosurerollup.demo;

import java.util.List;
import java.util.stream.IntStream;
import org.disclosurerollup.register.Unit;
import org.disclosurerollup.register.UnitType;

/**
 * The benchmark's register of {@code count} units, numbered from 1: unit 1 is the government (figures of a whole city,
 * one count beyond ten million), every tenth a department, the rest townships. Codes {@code B00001}… are unique.
 */
record BenchUnits(int count) {

    static final int DEPARTMENT_EVERY = 10;

    BenchUnits {
        if (count < 1 || count > 99_999) {
            throw new IllegalArgumentException("单位数应在 1 到 99999 之间：" + count);
        }
    }

    Unit unit(int number) {
        String code = String.format("B%05d", number);
        if (number == 1) {
            return new Unit(code, "基准省人民政府", UnitType.GOVERNMENT, List.of("基准省政府"), null, null);
        }
        if (number % DEPARTMENT_EVERY == 0) {
            return new Unit(code, String.format("基准省第%05d厅", number), UnitType.DEPARTMENT, List.of(), null, null);
        }
        return new Unit(code, String.format("基准第%05d镇", number), UnitType.TOWNSHIP,
                List.of(String.format("基准第%05d镇人民政府", number)), null, null);
    }

    List<Unit> all() {
        return IntStream.rangeClosed(1, count).mapToObj(this::unit).toList();
    }

    static Scale scaleOf(Unit unit) {
        return unit.type() == UnitType.GOVERNMENT ? Scale.CITY : Scale.SMALL;
    }
}
