package org.disclosurerollup.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses rule expressions of the form {@code SUM op SUM}, a SUM being codes and numbers joined by {@code +}. */
final class RuleParser {

    private static final Pattern COMPARISON = Pattern.compile("<=|>=|=");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(@[A-Za-z0-9_]+)?");

    private final Set<String> knownCodes;

    RuleParser(Set<String> knownCodes) {
        this.knownCodes = knownCodes;
    }

    Rule parse(String template, String id, Severity severity, String appliesTo, String expression, String message) {
        Matcher op = COMPARISON.matcher(expression);
        if (!op.find()) {
            throw new CatalogException("规则 " + template + "/" + id + " 缺少比较符（=、<=、>=）：" + expression);
        }
        String rest = expression.substring(op.end());
        if (COMPARISON.matcher(rest).find()) {
            throw new CatalogException("规则 " + template + "/" + id + " 有多个比较符：" + expression);
        }
        Comparison comparison = switch (op.group()) {
            case "<=" -> Comparison.AT_MOST;
            case ">=" -> Comparison.AT_LEAST;
            default -> Comparison.EQUAL;
        };
        LinearSum left = sum(template, id, expression.substring(0, op.start()));
        LinearSum right = sum(template, id, rest);
        return new Rule(template, id, severity, appliesTo, left, comparison, right, message);
    }

    private LinearSum sum(String template, String id, String text) {
        List<LinearSum.Term> terms = new ArrayList<>();
        for (String part : text.split("\\+", -1)) {
            String token = part.trim();
            if (NUMBER.matcher(token).matches()) {
                terms.add(new LinearSum.Term(null, new BigDecimal(token)));
            } else if (CODE.matcher(token).matches() && knownCodes.contains(token)) {
                terms.add(new LinearSum.Term(token, null));
            } else {
                throw new CatalogException("规则 " + template + "/" + id + " 含有未知的代码或写法：“" + token + "”");
            }
        }
        return new LinearSum(terms);
    }
}
