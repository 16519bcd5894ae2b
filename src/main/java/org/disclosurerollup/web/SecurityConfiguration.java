package org.disclosurerollup.web;

import java.time.Clock;
import org.disclosurerollup.RollupProperties;
import org.disclosurerollup.account.AccountFile;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may enter: form login against {@code <data>/accounts} (no built-in account), every page and file behind it,
 * CSRF on, failed logins throttled, a new session id at login, strict security headers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    @Bean
    UserDetailsService accountUsers(RollupProperties properties) {
        return new AccountUsers(AccountFile.inDataFolder(properties.dataDir()));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    LoginThrottle loginThrottle() {
        return new LoginThrottle(Clock.systemUTC());
    }

    @Bean
    SecurityFilterChain consoleSecurity(HttpSecurity http, LoginThrottle throttle) throws Exception {
        LoginThrottleFilter throttleFilter = new LoginThrottleFilter(throttle);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/console.css", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .failureHandler(throttleFilter.failureHandler())
                        .successHandler(throttleFilter.successHandler()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .addFilterBefore(throttleFilter, UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }
}
