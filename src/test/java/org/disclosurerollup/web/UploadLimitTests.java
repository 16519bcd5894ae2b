package org.disclosurerollup.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Uploads over the limits through a real Tomcat: back on the year page with what was too large, nothing stored. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.main.web-application-type=servlet", "rollup.max-file-size=16KB",
    "spring.servlet.multipart.max-request-size=64KB"})
class UploadLimitTests extends ConsoleTestSupport {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern UPLOAD_ACTION = Pattern.compile("action=\"(/years/2024/uploads\\?_csrf=[^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void aFileOverTheFileCapIsNamed() throws Exception {
        String page = upload(file("四坝镇_2024.csv", 20 * 1024), file("big.csv", 20 * 1024));
        assertThat(page).contains("四坝镇_2024.csv：超过 16 KB（这个文件 20 KB）", "big.csv：超过 16 KB（这个文件 20 KB）",
                "本次上传的文件都没有保存：请更正上面的问题后重新上传");
        assertThat(Files.list(INPUT.resolve("2024")).toList()).isEmpty();
    }

    @Test
    void anUploadOverTheRequestCapSaysSo() throws Exception {
        String page = upload(file("big.csv", 100 * 1024));
        assertThat(page).contains("本次上传的文件合计超过 64 KB，都没有保存：请分几次上传（每个文件最大 16 KB）");
        assertThat(Files.list(INPUT.resolve("2024")).toList()).isEmpty();
    }

    /** Logs in, uploads the parts as the year page's form does, and returns the page it ends on. */
    private String upload(byte[]... parts) throws Exception {
        String login = get("/login");
        client.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(USER) + "&password=" + encode(PASSWORD)
                        + "&_csrf=" + encode(find(CSRF, login)))).build(), HttpResponse.BodyHandlers.ofString());
        String action = find(UPLOAD_ACTION, get("/years/2024")).replace("&amp;", "&");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            body.write(part);
        }
        body.write("--b0undary--\r\n".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(action))
                .header("Content-Type", "multipart/form-data; boundary=b0undary")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.uri().getPath()).as("%s %s", response.statusCode(), response.body()).isEqualTo("/years/2024");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static byte[] file(String name, int size) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) 'x');
        ByteArrayOutputStream part = new ByteArrayOutputStream();
        part.writeBytes(("--b0undary\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        part.writeBytes(content);
        part.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        return part.toByteArray();
    }

    private String get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String find(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as("%s in %s", pattern, page).isTrue();
        return matcher.group(1);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
