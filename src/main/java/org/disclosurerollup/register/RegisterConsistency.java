package org.disclosurerollup.register;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.disclosurerollup.register.RegisterFileReader.RegisterLine;

/** Checks that codes are unique and that no name or alias points to two units in the same year. */
final class RegisterConsistency {

    private final BiFunction<Integer, String, RegisterException> problem;

    RegisterConsistency(BiFunction<Integer, String, RegisterException> problem) {
        this.problem = problem;
    }

    void check(List<RegisterLine> lines) {
        Map<String, RegisterLine> byCode = new HashMap<>();
        Map<String, List<RegisterLine>> claimantsByName = new HashMap<>();
        for (RegisterLine line : lines) {
            Unit unit = line.unit();
            RegisterLine earlier = byCode.putIfAbsent(unit.code(), line);
            if (earlier != null) {
                throw problem.apply(line.number(), "代码 " + unit.code() + " 与第 " + earlier.number()
                        + " 行重复，每个单位的代码必须唯一");
            }
            for (String name : Stream.concat(Stream.of(unit.name()), unit.aliases().stream()).toList()) {
                List<RegisterLine> claimants = claimantsByName.computeIfAbsent(UnitNames.key(name), k -> new ArrayList<>());
                for (RegisterLine other : claimants) {
                    if (other != line && overlap(other.unit(), unit)) {
                        throw problem.apply(line.number(), "名称“" + name + "”已是第 " + other.number() + " 行 "
                                + other.unit().name() + "（" + other.unit().code() + "）的名称或别名，且两者的年份重叠；"
                                + "请删去其中一个，或调整 from_year/to_year 使年份不重叠");
                    }
                }
                claimants.add(line);
            }
        }
    }

    private static boolean overlap(Unit a, Unit b) {
        return from(a) <= to(b) && from(b) <= to(a);
    }

    private static int from(Unit unit) {
        return unit.fromYear() == null ? Integer.MIN_VALUE : unit.fromYear();
    }

    private static int to(Unit unit) {
        return unit.toYear() == null ? Integer.MAX_VALUE : unit.toYear();
    }
}
