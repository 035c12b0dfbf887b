package org.draftroom.platform.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.logging.log4j.LogManager;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class StructuredLogsIT extends ServerTest {

    @Test
    void a_line_logged_while_serving_a_request_carries_the_request_id() {
        ListAppender<ILoggingEvent> seen = listen("org.draftroom.test.LogProbe");
        try {
            var response = http().get("/test/log-probe", null, "X-Request-Id", "probe-4711");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("X-Request-Id")).hasValue("probe-4711");
            assertThat(seen.list).singleElement().satisfies(e ->
                    assertThat(e.getMDCPropertyMap()).containsEntry("requestId", "probe-4711"));
        } finally {
            unlisten("org.draftroom.test.LogProbe", seen);
        }
    }

    @Test
    void log4j_lines_of_the_word_library_arrive_in_the_same_log() {
        ListAppender<ILoggingEvent> seen = listen("org.apache.poi.probe");
        try {
            LogManager.getLogger("org.apache.poi.probe").warn("from log4j {}", 42);
            assertThat(seen.list).singleElement().satisfies(e -> {
                assertThat(e.getFormattedMessage()).isEqualTo("from log4j 42");
                assertThat(e.getLevel()).isEqualTo(Level.WARN);
            });
        } finally {
            unlisten("org.apache.poi.probe", seen);
        }
    }

    @Test
    void with_the_json_switch_each_line_is_one_json_object_with_the_request_id_and_the_exception() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        System.setProperty("draftroom.log.format", "json");
        LogFormatEncoder encoder = new LogFormatEncoder();
        try {
            encoder.setContext(context);
            encoder.start();
            LoggingEvent event = new LoggingEvent("test", context.getLogger("org.draftroom.Somewhere"), Level.WARN,
                    "sealing failed for {}", new IllegalStateException("database gone"), new Object[]{"entry 7"});
            event.setMDCPropertyMap(Map.of("requestId", "req-1"));
            String line = new String(encoder.encode(event), StandardCharsets.UTF_8);
            assertThat(line).endsWith("\n").doesNotContain("\n\t");
            assertThat(line.strip()).doesNotContain("\n");
            JsonNode json = new ObjectMapper().readTree(line);
            assertThat(json.get("level").asText()).isEqualTo("WARN");
            assertThat(json.get("loggerName").asText()).isEqualTo("org.draftroom.Somewhere");
            assertThat(json.get("formattedMessage").asText()).isEqualTo("sealing failed for entry 7");
            assertThat(json.get("mdc").get("requestId").asText()).isEqualTo("req-1");
            assertThat(json.get("throwable").toString()).contains("database gone");
            assertThat(json.has("timestamp")).isTrue();
        } finally {
            System.clearProperty("draftroom.log.format");
            encoder.stop();
        }
        LogFormatEncoder text = new LogFormatEncoder();
        text.setContext(context);
        text.start();
        String line = new String(text.encode(new LoggingEvent("test", context.getLogger("x.Y"), Level.INFO, "plain", null, null)),
                StandardCharsets.UTF_8);
        assertThat(line).contains("INFO  x.Y - plain").doesNotContain("{");
        text.stop();
    }

    private static ListAppender<ILoggingEvent> listen(String name) {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        Logger logger = (Logger) LoggerFactory.getLogger(name);
        logger.addAppender(appender);
        return appender;
    }

    private static void unlisten(String name, ListAppender<ILoggingEvent> appender) {
        ((Logger) LoggerFactory.getLogger(name)).detachAppender(appender);
        appender.stop();
    }
}
