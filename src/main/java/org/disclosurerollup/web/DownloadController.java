package org.disclosurerollup.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.disclosurerollup.RollupProperties;
import org.disclosurerollup.export.ReturnNotices;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Downloads of a year's results, notices and blank templates, from the output folder only. */
@Controller
@ConditionalOnWebApplication
class DownloadController {

    private final OutputFiles files;
    private final RollupProperties properties;

    DownloadController(OutputFiles files, RollupProperties properties) {
        this.files = files;
        this.properties = properties;
    }

    @GetMapping("/years/{year:\\d{4}}/results/{name}")
    ResponseEntity<Resource> result(@PathVariable int year, @PathVariable String name) {
        return serve(files.resultsFolder(year), name);
    }

    @GetMapping("/years/{year:\\d{4}}/templates/{name}")
    ResponseEntity<Resource> template(@PathVariable int year, @PathVariable String name) {
        return serve(files.templatesFolder(year), name);
    }

    @GetMapping("/years/{year:\\d{4}}/notices/{name}")
    ResponseEntity<Resource> notice(@PathVariable int year, @PathVariable String name) {
        return serve(files.noticesFolder(year), name);
    }

    /** All notices of the year in one zip, written as it is sent: the files of the notices folder, by name only. */
    @GetMapping("/years/{year:\\d{4}}/notices.zip")
    void notices(@PathVariable int year, HttpServletResponse response) throws IOException {
        Path folder = files.noticesFolder(year);
        List<OutputFiles.Listed> notices = files.list(folder);
        if (notices.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(ReturnNotices.archiveName(properties.district(), year), StandardCharsets.UTF_8).build()
                .toString());
        try (ZipOutputStream zip = new ZipOutputStream(response.getOutputStream(), StandardCharsets.UTF_8)) {
            for (OutputFiles.Listed notice : notices) {
                Optional<Path> file = files.find(folder, notice.name());
                if (file.isPresent()) {
                    zip.putNextEntry(new ZipEntry(notice.name()));
                    Files.copy(file.get(), zip);
                    zip.closeEntry();
                }
            }
        }
    }

    private ResponseEntity<Resource> serve(Path folder, String name) {
        return files.find(folder, name)
                .map(file -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8).build().toString())
                        .contentType(mediaType(name))
                        .<Resource>body(new FileSystemResource(file)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static MediaType mediaType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            return MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
        if (lower.endsWith(".docx")) {
            return MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        }
        if (lower.endsWith(".csv")) {
            return MediaType.parseMediaType("text/csv;charset=UTF-8");
        }
        return MediaType.APPLICATION_OCTET_STREAM;
    }
}
