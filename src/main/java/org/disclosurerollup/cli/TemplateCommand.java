package org.disclosurerollup.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.disclosurerollup.RollupProperties;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.export.FillInTemplate;
import org.disclosurerollup.register.NameAffixes;
import org.disclosurerollup.register.RegisterException;
import org.disclosurerollup.register.Unit;
import org.disclosurerollup.register.UnitMatch;
import org.disclosurerollup.register.UnitNameResolver;
import org.disclosurerollup.register.UnitRegister;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code template --year Y [--unit NAME]}: blank official-layout workbooks to fill in, one per expected unit. */
@Command(name = "template", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"生成空白填报模板（官方表格格式的 .xlsx），每个应报单位一个，放在 <output>/templates/<年度>/。",
            "Writes blank fill-in workbooks in the official layout, one per unit expected that year, "
                    + "under <output>/templates/<year>/."},
        footer = {"", "例 (example): bin/rollup template --year 2024 --unit 四坝镇",
            "退出状态 (exit status): 0 已生成 (written)  1 写入失败 (could not write)"
                    + "  2 用法或配置错误 (bad usage or configuration)"})
final class TemplateCommand implements Callable<Integer> {

    @Option(names = "--year", paramLabel = "Y", required = true, description = "报告年度，如 2024 (reporting year)")
    int year;

    @Option(names = "--unit", paramLabel = "NAME",
            description = "只生成这个单位的模板，可用名称或别名 (only this unit, by name or alias)")
    String unit;

    @Mixin
    CommonOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (options.reportedProblem(err)) {
            return ExitStatus.USAGE;
        }
        Optional<Template> template = Catalog.fromClasspath().templateFor(year);
        if (template.isEmpty()) {
            err.println(year + " 年没有对应的统计表格式：请检查 --year（支持 2014 年及以后）");
            return ExitStatus.USAGE;
        }
        UnitRegister register;
        try {
            register = UnitRegister.load(options.unitsFile());
        } catch (RegisterException e) {
            err.println(e.getMessage());
            return ExitStatus.USAGE;
        }
        List<Unit> units;
        if (unit == null) {
            units = register.expectedIn(year);
        } else {
            Optional<Unit> named = namedUnit(register);
            if (named.isEmpty()) {
                err.println("单位名单 " + options.unitsFile() + " 中没有 " + year + " 年应报送的单位“" + unit
                        + "”：请检查名称，或在名单中添加该单位（或别名）");
                return ExitStatus.USAGE;
            }
            units = List.of(named.get());
        }
        Path folder = FillInTemplate.folder(options.output, year);
        List<Path> written = new ArrayList<>();
        try {
            for (Unit each : units) {
                Path file = folder.resolve(FillInTemplate.fileName(each.name(), year));
                FillInTemplate.write(new FillInTemplate.Request(template.get(), each.name(), each.type().id(), year),
                        file);
                written.add(file);
            }
        } catch (IOException e) {
            err.println("无法写入模板到 " + folder + "（" + e.getMessage() + "）：请检查该文件夹是否可写，然后重新运行");
            return ExitStatus.FAILED;
        }
        out.println(year + " 年填报模板（" + template.get().id() + "）已生成 " + written.size() + " 个：" + folder);
        return ExitStatus.COMPLETED;
    }

    private Optional<Unit> namedUnit(UnitRegister register) {
        RollupProperties settings = Configuration.load();
        String district = options.district != null ? options.district : settings.district();
        List<String> prefixes = new ArrayList<>(settings.names().prefixes());
        prefixes.add(district);
        UnitNameResolver resolver = new UnitNameResolver(register,
                new NameAffixes(prefixes, settings.names().suffixes()));
        return resolver.resolve(unit, year).map(UnitMatch::unit).filter(found -> found.expectedIn(year));
    }
}
