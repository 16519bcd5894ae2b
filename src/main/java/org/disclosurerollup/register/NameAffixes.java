package org.disclosurerollup.register;

import java.util.List;

/**
 * Words people put around a unit's name that do not identify it: the province, city and district in front
 * ({@code 甘肃省}, {@code 武威市}, {@code 凉州区}), the kind of office behind ({@code 人民政府}, {@code 办事处}).
 */
public record NameAffixes(List<String> prefixes, List<String> suffixes) {

    public NameAffixes {
        prefixes = List.copyOf(prefixes);
        suffixes = List.copyOf(suffixes);
    }
}
