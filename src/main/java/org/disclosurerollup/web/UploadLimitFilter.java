package org.disclosurerollup.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurerollup.support.Failures;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * An upload over the request limits (all its files together, or too many files): back to the year page saying so,
 * nothing stored. Tomcat finds this out when the first filter reads a parameter (Spring Security's CSRF check) and
 * throws there, before any controller advice could help; so this filter sits outside all others.
 */
final class UploadLimitFilter extends OncePerRequestFilter {

    private static final Pattern YEAR_UPLOAD = Pattern.compile("/years/(\\d{4})/(uploads|check)");

    private final String tooLarge;

    /** @param tooLarge what the page says about an upload over the size limit */
    UploadLimitFilter(String tooLarge) {
        this.tooLarge = tooLarge;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            String limit = limitExceeded(e);
            if (limit == null || response.isCommitted()) {
                throw e;
            }
            String target = pageAfter(request.getServletPath());
            FlashMap flash = new FlashMap();
            flash.put("uploadErrors", List.of(limit));
            flash.setTargetRequestPath(request.getContextPath() + target);
            new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
            response.sendRedirect(request.getContextPath() + target);
        }
    }

    /** The page an upload over a limit goes back to: its year's page (or check page), or the start page. */
    static String pageAfter(String uploadPath) {
        Matcher year = YEAR_UPLOAD.matcher(uploadPath);
        if (!year.matches()) {
            return "/";
        }
        return "/years/" + year.group(1) + (year.group(2).equals("check") ? "/check" : "");
    }

    /** What to say when the failure is a multipart limit (Tomcat's own exceptions, named here to not depend on them). */
    private String limitExceeded(Throwable failure) {
        for (Throwable cause : Failures.chain(failure)) {
            String name = cause.getClass().getSimpleName();
            if (cause instanceof MaxUploadSizeExceededException || name.endsWith("SizeLimitExceededException")) {
                return tooLarge;
            }
            if (name.equals("FileCountLimitExceededException")) {
                return "本次上传的文件太多，都没有保存：请分几次上传";
            }
        }
        return null;
    }
}
