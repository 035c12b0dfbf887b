package org.draftroom.platform.web;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload announced or found larger than the limit (5 MB) is answered 413 problem+json at once and
 * its connection closed, without the server reading the rest of the body: a client announcing 10 GB
 * and sending a few kilobytes gets its answer and the end of the connection within seconds.
 */
@MicronautTest(transactional = false)
class OversizedUploadIT extends ServerTest {
    private static final String BOUNDARY = "draftroom-boundary";

    @Test
    void a_multipart_upload_announcing_ten_gigabytes_is_413_and_the_connection_is_closed_without_reading_it() throws Exception {
        String token = accounts.secretariat(http());
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/drafts HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\n"
                    + "Content-Length: 10737418240\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.txt\"\r\n"
                    + "Content-Type: text/plain\r\n\r\n" + "Recalling its resolutions,\n".repeat(200)).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long begin = System.nanoTime();
            InputStream in = socket.getInputStream();
            String head = headOf(in);
            assertThat(head).startsWith("HTTP/1.1 413");
            assertThat(head.toLowerCase()).contains("content-type: application/problem+json").contains("connection: close");
            String body = new String(in.readNBytes(contentLength(head)), StandardCharsets.UTF_8);
            assertThat(body).contains("\"status\":413").contains("\"limit\":\"micronaut.server.max-request-size\"")
                    .contains("\"maximum\":5242880").contains("5 MB");
            assertThat(endOf(in)).as("the server closed the connection").isTrue();
            assertThat((System.nanoTime() - begin) / 1_000_000).isLessThan(5_000);
        }
    }

    @Test
    void a_chunked_upload_growing_past_the_limit_is_413_and_the_connection_is_closed() throws Exception {
        String token = accounts.secretariat(http());
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/drafts HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token + "\r\n"
                    + "Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "Recalling its resolutions,\n".repeat(4_000).getBytes(StandardCharsets.US_ASCII);
            int sent = 0;
            try {
                while (sent < 7 * 1024 * 1024) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    sent += chunk.length;
                }
                out.flush();
            } catch (SocketException closedWhileSending) {
                // the server answered and closed the connection while the body was still coming: what is tested below
            }
            InputStream in = socket.getInputStream();
            String head = headOf(in);
            assertThat(head).startsWith("HTTP/1.1 413");
            assertThat(head.toLowerCase()).contains("content-type: application/problem+json").contains("connection: close");
            in.readNBytes(contentLength(head));
            assertThat(endOf(in)).as("the server closed the connection").isTrue();
        }
    }

    @Test
    void a_client_that_sends_its_whole_body_before_reading_still_gets_the_413() throws Exception {
        String token = accounts.admin(http());
        byte[] body = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) 'a');
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/users HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            Thread.sleep(300);
            InputStream in = socket.getInputStream();
            String head = headOf(in);
            assertThat(head).as("the answer survives the close").startsWith("HTTP/1.1 413");
            String answer = new String(in.readNBytes(contentLength(head)), StandardCharsets.UTF_8);
            assertThat(answer).contains("\"status\":413");
            socket.shutdownOutput();
            assertThat(endOf(in)).as("the server closed the connection").isTrue();
        }
    }

    @Test
    void an_upload_within_the_limit_keeps_its_connection() throws Exception {
        String token = accounts.secretariat(http());
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            String body = "{\"text\": 12}";
            socket.getOutputStream().write(("POST /api/drafts HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body)
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            String head = headOf(in);
            assertThat(head).startsWith("HTTP/1.1 422");
            assertThat(head.toLowerCase()).doesNotContain("connection: close");
        }
    }

    private static String headOf(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                return Integer.parseInt(line.substring(15).trim());
            }
        }
        throw new AssertionError("no Content-Length in " + head);
    }

    /** True when the server closed the connection (end of stream or reset), false when it stayed open for 5 s. */
    private static boolean endOf(InputStream in) throws IOException {
        try {
            return in.read() < 0;
        } catch (java.net.SocketTimeoutException stillOpen) {
            return false;
        } catch (SocketException reset) {
            return true;
        }
    }
}
