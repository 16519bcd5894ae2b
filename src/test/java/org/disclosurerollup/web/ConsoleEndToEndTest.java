package org.disclosurerollup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.disclosurerollup.DisclosureRollupApplication;
import org.disclosurerollup.account.AccountFile;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.htmlunit.HtmlUnitDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console end to end in a browser: {@code serve} in its own JVM on temporary folders, log in, upload a CSV
 * submission, run the year, wait for the summary, download the workbook and read a total in it with POI. In HtmlUnit,
 * the browser Maven brings (its {@code fetch} polyfill on), and in headless Chromium as well where Debian's
 * {@code chromium} and {@code chromium-driver} are installed (CI installs them).
 */
class ConsoleEndToEndTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String USER = "张三";
    private static final String PASSWORD = "correct horse";

    @TempDir
    Path work;

    private Process server;
    private WebDriver browser;

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    /** HtmlUnit always; Chromium too where it is installed. */
    static List<String> browsers() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER) ? List.of("htmlunit", "chromium")
                : List.of("htmlunit");
    }

    @ParameterizedTest
    @MethodSource("browsers")
    void uploadRunAndDownloadTheWorkbook(String browserName) throws Exception {
        Path input = Files.createDirectories(work.resolve("input").resolve("2024")).getParent();
        Files.copy(Path.of("input", "units.csv"), input.resolve("units.csv"));
        Path submission = Files.copy(Path.of("src/test/resources/examples/东大街街道_2024.csv"),
                work.resolve("东大街街道_2024.csv"));
        AccountFile.inDataFolder(work.resolve("data")).put(USER, PASSWORD.toCharArray());
        int port = freePort();
        server = startServer(port);
        String base = "http://127.0.0.1:" + port;
        browser = browserName.equals("chromium") ? chromium() : htmlUnit();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));

        browser.get(base + "/years/2024");
        assertThat(browser.getCurrentUrl()).isEqualTo(base + "/login");
        browser.findElement(By.id("username")).sendKeys(USER);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/years/2024"));

        browser.findElement(By.id("files")).sendKeys(submission.toString());
        browser.findElement(By.id("upload-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".message.ok"), "已保存 1 个文件"));
        assertThat(browser.findElement(By.id("new-files")).getText()).contains("东大街街道_2024.csv", "新文件");
        assertThat(Files.exists(input.resolve("2024").resolve("东大街街道_2024.csv"))).isTrue();

        browser.findElement(By.id("run-now")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
        assertThat(browser.findElement(By.id("summary")).getText()).startsWith("汇总完成（运行 #1，V2021）");
        assertThat(browser.findElement(By.id("status")).getText()).contains("东大街街道", "已采用", "未报送");
        assertThat(browser.findElement(By.id("history")).getText()).contains("#1", "完成");

        String href = browser.findElement(By.linkText("凉州区_2024_政府信息公开统计汇总.xlsx")).getAttribute("href");
        byte[] workbook = download(href);
        assertThat(totalOfAll(workbook, "P02@M")).isEqualTo(1.0);
    }

    private Process startServer(int port) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), DisclosureRollupApplication.class.getName(),
                "serve", "--port", Integer.toString(port), "--input", work.resolve("input").toString(),
                "--output", work.resolve("output").toString(), "--data", work.resolve("data").toString());
        builder.redirectErrorStream(true).redirectOutput(work.resolve("serve.log").toFile());
        Process process = builder.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("serve 退出了：" + Files.readString(work.resolve("serve.log")));
            }
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return process;
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        fail("serve 没有在 90 秒内开始监听：" + Files.readString(work.resolve("serve.log")));
        return process;
    }

    private static WebDriver htmlUnit() {
        return new HtmlUnitDriver(BrowserVersion.CHROME, true) {
            @Override
            protected WebClient modifyWebClient(WebClient client) {
                client.getOptions().setFetchPolyfillEnabled(true);
                client.getOptions().setCssEnabled(false);
                return client;
            }
        };
    }

    private WebDriver chromium() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1200,900",
                "--user-data-dir=" + Files.createDirectories(work.resolve("chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Downloads with the browser's session cookie. */
    private byte[] download(String href) throws Exception {
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The 全区 column of the workbook's 分类汇总 sheet for a code. */
    private static double totalOfAll(byte[] xlsx, String code) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("分类汇总");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("全区");
            for (Row row : sheet) {
                if (row.getCell(0) != null && code.equals(row.getCell(0).getStringCellValue())) {
                    return row.getCell(3).getNumericCellValue();
                }
            }
        }
        throw new AssertionError(code + " 不在分类汇总表中");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
