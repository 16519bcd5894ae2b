package org.disclosurerollup.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.disclosurerollup.RollupProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/** The shipped settings ({@code rollup.*} of application.yml) for a command that needs no application context. */
final class Configuration {

    private static final String FILE = "application.yml";

    private Configuration() {
    }

    static RollupProperties load() {
        try {
            var sources = new YamlPropertySourceLoader().load(FILE, new ClassPathResource(FILE));
            return new Binder(ConfigurationPropertySources.from(sources)).bind("rollup", RollupProperties.class)
                    .orElseThrow(() -> new IllegalStateException(FILE + " 中缺少 rollup 设置"));
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取 " + FILE + "：" + e.getMessage(), e);
        }
    }
}
