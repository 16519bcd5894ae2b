package org.disclosurerollup.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disclosurerollup.account.AccountFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The console in a mock servlet environment on temporary data, input and output folders, with one account
 * ({@link #USER} / {@link #PASSWORD}) and a 16 KB file size cap.
 */
@SpringBootTest(properties = {"spring.main.web-application-type=servlet", "rollup.max-file-size=16KB"})
@AutoConfigureMockMvc
abstract class ConsoleTestSupport {

    static final String USER = "张三";
    static final String PASSWORD = "correct horse";
    static final Path ROOT = newFolder();
    static final Path DATA = ROOT.resolve("data");
    static final Path INPUT = ROOT.resolve("input");
    static final Path OUTPUT = ROOT.resolve("output");

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) throws IOException {
        Files.createDirectories(INPUT.resolve("2024"));
        Files.createDirectories(OUTPUT.resolve("2024"));
        AccountFile accounts = AccountFile.inDataFolder(DATA);
        if (!accounts.hasAccounts()) {
            accounts.put(USER, PASSWORD.toCharArray());
        }
        registry.add("rollup.data-dir", DATA::toString);
        registry.add("rollup.folders.input", INPUT::toString);
        registry.add("rollup.folders.output", OUTPUT::toString);
    }

    @Autowired
    MockMvc mvc;

    private static Path newFolder() {
        try {
            Path folder = Files.createTempDirectory("rollup-console");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
