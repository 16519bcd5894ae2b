package org.disclosurerollup.register;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the register unit a submitted name means: by name or alias first, then with the district's prefixes and
 * suffixes taken off both sides. Several candidates: the one expected that year wins; still several: no answer.
 * An exact match to a unit not expected that year gives way to an affix match that is expected
 * ({@code 韩佐乡人民政府} in 2024 is 韩佐镇, whose alias is 韩佐乡).
 */
public final class UnitNameResolver {

    private final Map<String, List<UnitMatch>> byKey = new LinkedHashMap<>();
    private final Map<String, List<UnitMatch>> byStrippedKey = new LinkedHashMap<>();
    private final List<String> prefixKeys;
    private final List<String> suffixKeys;

    public UnitNameResolver(UnitRegister register, NameAffixes affixes) {
        this.prefixKeys = affixes.prefixes().stream().map(UnitNames::key).toList();
        this.suffixKeys = affixes.suffixes().stream().map(UnitNames::key).toList();
        for (Unit unit : register.units()) {
            add(unit, unit.name(), UnitMatch.BY_NAME);
            unit.aliases().forEach(alias -> add(unit, alias, UnitMatch.BY_ALIAS));
        }
    }

    private void add(Unit unit, String name, String how) {
        String key = UnitNames.key(name);
        addOnce(byKey, key, new UnitMatch(unit, how));
        addOnce(byStrippedKey, UnitNames.withoutAffixes(key, prefixKeys, suffixKeys), new UnitMatch(unit, UnitMatch.BY_AFFIX));
    }

    private static void addOnce(Map<String, List<UnitMatch>> index, String key, UnitMatch match) {
        List<UnitMatch> matches = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (matches.stream().noneMatch(m -> m.unit().equals(match.unit()))) {
            matches.add(match);
        }
    }

    /**
     * The unit this name stands for in this year; empty when no unit or more than one fits. The unit found may
     * not be expected that year: the caller reports it as unexpected.
     */
    public Optional<UnitMatch> resolve(String submittedName, int year) {
        if (submittedName == null || submittedName.isBlank()) {
            return Optional.empty();
        }
        String key = UnitNames.key(submittedName);
        Optional<UnitMatch> exact = choose(byKey.getOrDefault(key, List.of()), year);
        if (exact.isPresent() && exact.get().unit().expectedIn(year)) {
            return exact;
        }
        Optional<UnitMatch> stripped = choose(byStrippedKey.getOrDefault(
                UnitNames.withoutAffixes(key, prefixKeys, suffixKeys), List.of()), year);
        if (exact.isPresent() && stripped.filter(match -> match.unit().expectedIn(year)).isEmpty()) {
            return exact;
        }
        return stripped.isPresent() ? stripped : exact;
    }

    private static Optional<UnitMatch> choose(List<UnitMatch> candidates, int year) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0));
        }
        List<UnitMatch> expected = candidates.stream().filter(m -> m.unit().expectedIn(year)).toList();
        return expected.size() == 1 ? Optional.of(expected.get(0)) : Optional.empty();
    }
}
