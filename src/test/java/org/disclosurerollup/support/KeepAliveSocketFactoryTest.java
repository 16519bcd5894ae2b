package org.disclosurerollup.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import jdk.net.ExtendedSocketOptions;
import org.junit.jupiter.api.Test;

/** A cut network is noticed by keepalive probes after half a minute of silence, not never. */
class KeepAliveSocketFactoryTest {

    @Test
    void socketsProbeAfterThirtySecondsOfSilence() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket socket = new KeepAliveSocketFactory().createSocket(InetAddress.getLoopbackAddress(),
                     server.getLocalPort())) {
            assertThat(socket.getKeepAlive()).isTrue();
            if (socket.supportedOptions().contains(ExtendedSocketOptions.TCP_KEEPIDLE)) {
                assertThat(socket.getOption(ExtendedSocketOptions.TCP_KEEPIDLE)).isEqualTo(30);
                assertThat(socket.getOption(ExtendedSocketOptions.TCP_KEEPINTERVAL)).isEqualTo(10);
                assertThat(socket.getOption(ExtendedSocketOptions.TCP_KEEPCOUNT)).isEqualTo(3);
            }
        }
    }
}
