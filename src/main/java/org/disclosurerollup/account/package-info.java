/** The console's accounts: {@code <data>/accounts}, one {@code name:bcrypt-hash} line each. */
package org.disclosurerollup.account;
