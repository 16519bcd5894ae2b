package org.disclosurerollup.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses a login attempt while its name or address is locked, and counts failures and successes. */
final class LoginThrottleFilter extends OncePerRequestFilter {

    static final String LOCKED_URL = "/login?locked";

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (throttle.lockedUntil(request.getParameter("username"), request.getRemoteAddr()).isPresent()) {
            response.sendRedirect(request.getContextPath() + LOCKED_URL);
            return;
        }
        chain.doFilter(request, response);
    }

    AuthenticationFailureHandler failureHandler() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
            throttle.failed(request.getParameter("username"), request.getRemoteAddr());
            boolean nowLocked = throttle.lockedUntil(request.getParameter("username"), request.getRemoteAddr())
                    .isPresent();
            response.sendRedirect(request.getContextPath() + (nowLocked ? LOCKED_URL : "/login?error"));
        };
    }

    SavedRequestAwareAuthenticationSuccessHandler successHandler() {
        return new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                                org.springframework.security.core.Authentication authentication)
                    throws ServletException, IOException {
                throttle.succeeded(authentication.getName());
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }
}
