package org.disclosurerollup.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.disclosurerollup.account.AccountFile;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** The accounts of {@code <data>/accounts}, read at each login (an account added while serving works at once). */
final class AccountUsers implements UserDetailsService {

    private final AccountFile accounts;

    AccountUsers(AccountFile accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        String hash;
        try {
            hash = accounts.read().get(name);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取账号文件 " + accounts.file(), e);
        }
        if (hash == null) {
            throw new UsernameNotFoundException("no such account");
        }
        return User.withUsername(name).password(hash).roles("CLERK").build();
    }
}
