package org.draftroom.platform.logging;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;

import java.util.Locale;

/**
 * The one switch for the log's format: {@code DRAFTROOM_LOG_FORMAT=json} (or the system property
 * {@code draftroom.log.format}) writes one JSON object a line (time, level, thread, logger,
 * message, the request's id as {@code mdc.requestId}, the exception), for a log collector;
 * anything else, or nothing, writes the readable lines of the {@code pattern}.
 */
public class LogFormatEncoder extends EncoderBase<ILoggingEvent> {
    private String pattern = "%d{HH:mm:ss.SSS} %-5level %logger{30} - %msg%n";
    private Encoder<ILoggingEvent> delegate;

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    static boolean json() {
        String format = System.getProperty("draftroom.log.format", System.getenv("DRAFTROOM_LOG_FORMAT"));
        return format != null && format.trim().toLowerCase(Locale.ROOT).equals("json");
    }

    @Override
    public void start() {
        if (json()) {
            JsonEncoder encoder = new JsonEncoder();
            encoder.setWithSequenceNumber(false);
            encoder.setWithNanoseconds(false);
            encoder.setWithContext(false);
            encoder.setWithMessage(false);
            encoder.setWithArguments(false);
            encoder.setWithFormattedMessage(true);
            delegate = encoder;
        } else {
            PatternLayoutEncoder encoder = new PatternLayoutEncoder();
            encoder.setPattern(pattern);
            delegate = encoder;
        }
        delegate.setContext(getContext());
        delegate.start();
        super.start();
    }

    @Override
    public void stop() {
        if (delegate != null) {
            delegate.stop();
        }
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return delegate.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        return delegate.encode(event);
    }

    @Override
    public byte[] footerBytes() {
        return delegate.footerBytes();
    }
}
