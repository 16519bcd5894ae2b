package org.disclosurerollup.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Draws {@code docs/images/self-check.png}: the 自查 sheet of 东大街街道's 2024 template filled in with one broken rule
 * (表四 行政复议: 总计 5, parts 3 + 1), over the end of its 统计表 with that rule's cells highlighted, as LibreOffice
 * prints them at 70 dpi. Needs LibreOffice and poppler-utils ({@code pdftoppm}, {@code pdftotext}). Run:
 * {@code mvn -q -o test-compile exec:java -Dexec.mainClass=org.disclosurerollup.export.SelfCheckPicture
 * -Dexec.classpathScope=test}
 */
public final class SelfCheckPicture {

    private static final int DPI = 70;
    private static final int MARGIN = 12;

    private SelfCheckPicture() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "docs/images/self-check.png");
        Path work = Files.createTempDirectory("self-check-picture");
        Map<String, String> values = SelfCheckWorkbooks.passingEveryRule(SelfCheckWorkbooks.template("V2021"));
        values.putAll(Map.of("R1@KEEP", "3", "R1@CORR", "1", "R1@OTH", "0", "R1@PEND", "0", "R1@TOT", "5"));
        Path filled = SelfCheckWorkbooks.write(SelfCheckWorkbooks.filled(SelfCheckWorkbooks.request("V2021", 2024),
                values), work.resolve(SelfCheckWorkbooks.UNIT + "_2024.xlsx"));
        Path pdf = LibreOffice.convert("pdf", work, List.of(filled)).get(0);
        BufferedImage selfCheck = printed(page(pdf, work, "不符：左边"));
        BufferedImage form = printed(page(pdf, work, "四、政府信息公开行政复议"));
        ImageIO.write(below(selfCheck, form), "png", target.toFile());
        System.out.println(target + "：" + Files.size(target) / 1024 + " KB");
    }

    /** The first page whose text holds {@code text}, as a picture. */
    private static BufferedImage page(Path pdf, Path work, String text) throws IOException, InterruptedException {
        for (int page = 1; ; page++) {
            Path words = work.resolve("page-" + page + ".txt");
            run("pdftotext", "-f", "" + page, "-l", "" + page, pdf.toString(), words.toString());
            if (Files.readString(words).isEmpty()) {
                throw new IllegalStateException("PDF 中没有“" + text + "”");
            }
            if (Files.readString(words).contains(text)) {
                Path png = work.resolve("page-" + page);
                run("pdftoppm", "-png", "-r", "" + DPI, "-f", "" + page, "-l", "" + page, "-singlefile", pdf.toString(),
                        png.toString());
                return ImageIO.read(work.resolve("page-" + page + ".png").toFile());
            }
        }
    }

    /** The page above its bottom margin (the page number left out), cut to its ink with a margin. */
    private static BufferedImage printed(BufferedImage page) {
        int top = -1;
        int bottom = -1;
        int left = page.getWidth();
        int right = 0;
        int end = page.getHeight() - (int) (SheetFormat.TOP_MARGIN_INCHES * DPI);
        for (int y = 0; y < end; y++) {
            int[] ink = ink(page, y);
            if (ink != null) {
                top = top < 0 ? y : top;
                bottom = y;
                left = Math.min(left, ink[0]);
                right = Math.max(right, ink[1]);
            }
        }
        int x = Math.max(0, left - MARGIN);
        int y = Math.max(0, top - MARGIN);
        return page.getSubimage(x, y, Math.min(page.getWidth(), right + MARGIN) - x,
                Math.min(page.getHeight(), bottom + MARGIN) - y);
    }

    /** The first and last column of a row that is not white, or null. */
    private static int[] ink(BufferedImage page, int y) {
        int first = -1;
        int last = -1;
        for (int x = 0; x < page.getWidth(); x++) {
            Color colour = new Color(page.getRGB(x, y));
            if (colour.getRed() + colour.getGreen() + colour.getBlue() < 3 * 245) {
                first = first < 0 ? x : first;
                last = x;
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }

    private static BufferedImage below(BufferedImage upper, BufferedImage lower) {
        BufferedImage both = new BufferedImage(Math.max(upper.getWidth(), lower.getWidth()),
                upper.getHeight() + lower.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = both.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, both.getWidth(), both.getHeight());
        graphics.drawImage(upper, 0, 0, null);
        graphics.drawImage(lower, 0, upper.getHeight(), null);
        graphics.dispose();
        return both;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).inheritIO().start();
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " 失败");
        }
    }
}
