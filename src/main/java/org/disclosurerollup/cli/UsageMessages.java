package org.disclosurerollup.cli;

import java.util.stream.Collectors;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** A usage mistake said in Chinese first, picocli's English after it for those who read that. */
final class UsageMessages {

    private UsageMessages() {
    }

    static String of(ParameterException e) {
        return chinese(e) + "（" + e.getMessage() + "）";
    }

    private static String chinese(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            return "不认识的选项或参数 " + String.join(" ", unmatched.getUnmatched()) + "：请检查拼写";
        }
        if (e instanceof MissingParameterException missing) {
            return "缺少 " + missing.getMissing().stream().map(UsageMessages::name).collect(Collectors.joining("、"));
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return name(e.getArgSpec()) + " 的值“" + e.getValue() + "”不对" + (isNumber(e.getArgSpec()) ? "：要写数字，如 2024" : "");
        }
        return "命令行写得不对";
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }

    private static boolean isNumber(ArgSpec spec) {
        Class<?> type = spec.type();
        return type == int.class || type == Integer.class || type == long.class || type == Long.class;
    }
}
