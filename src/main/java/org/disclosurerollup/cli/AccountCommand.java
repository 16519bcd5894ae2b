package org.disclosurerollup.cli;

import picocli.CommandLine.Command;

/** {@code account add NAME}: the accounts of the web console. */
@Command(name = "account", mixinStandardHelpOptions = true,
        description = {"管理网页控制台的账号。", "Manages the web console's accounts."},
        subcommands = AccountAddCommand.class)
final class AccountCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "请指定子命令，例如 account add 名字 (a subcommand is required)");
    }
}
