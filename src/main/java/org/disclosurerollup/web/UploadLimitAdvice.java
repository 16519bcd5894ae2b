package org.disclosurerollup.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurerollup.RollupProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/** An upload over the multipart limit: back to the year page with the limit, nothing stored. */
@ControllerAdvice
@ConditionalOnWebApplication
class UploadLimitAdvice {

    private static final Pattern YEAR_UPLOAD = Pattern.compile("/years/(\\d{4})/uploads");

    private final long maxFileSizeMb;

    UploadLimitAdvice(RollupProperties properties) {
        this.maxFileSizeMb = properties.maxFileSize().toMegabytes();
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request) {
        Matcher year = YEAR_UPLOAD.matcher(request.getServletPath());
        RequestContextUtils.getOutputFlashMap(request).put("uploadErrors", List.of(
                "上传的文件太大：每个文件最大 " + maxFileSizeMb + " MB，一次上传合计最大 200 MB。本次上传的文件都没有保存。"));
        return year.matches() ? "redirect:/years/" + year.group(1) : "redirect:/";
    }
}
