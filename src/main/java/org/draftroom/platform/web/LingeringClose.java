package org.draftroom.platform.web;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.DuplexChannel;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;

import java.util.concurrent.TimeUnit;

/**
 * When the server ends a connection (a 413 with {@code Connection: close}, say) while the client is
 * still sending, closing at once would reset the connection and the client's network stack could
 * throw the answer away before reading it. Like a web server's "lingering close", this sends the end
 * of the answer ({@code shutdownOutput}) and then reads and discards what still arrives, for at most
 * {@link #AT_MOST_MILLIS} ms and {@link #AT_MOST_BYTES} bytes, or until the client is quiet for
 * {@link #QUIET_MILLIS} ms or closes its side, and only then closes.
 */
final class LingeringClose extends ChannelDuplexHandler {
    static final long AT_MOST_MILLIS = 5_000;
    static final long QUIET_MILLIS = 1_000;
    static final long AT_MOST_BYTES = 32L * 1024 * 1024;

    private ChannelPromise closing;
    private long discarded;
    private long lastRead;
    private ScheduledFuture<?> check;

    @Override
    public void close(ChannelHandlerContext ctx, ChannelPromise promise) {
        if (closing != null) {
            if (!promise.isVoid()) {
                closing.addListener(done -> promise.trySuccess());
            }
            return;
        }
        if (!(ctx.channel() instanceof DuplexChannel duplex) || !duplex.isActive() || duplex.isInputShutdown()
                || duplex.isOutputShutdown()) {
            ctx.close(promise);
            return;
        }
        closing = promise.isVoid() ? ctx.newPromise() : promise;
        lastRead = System.nanoTime();
        long began = lastRead;
        duplex.shutdownOutput().addListener(done -> {
            if (!done.isSuccess()) {
                end(ctx);
            }
        });
        duplex.config().setAutoRead(true);
        ctx.read();
        check = ctx.executor().scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            if (now - began >= TimeUnit.MILLISECONDS.toNanos(AT_MOST_MILLIS)
                    || now - lastRead >= TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS)) {
                end(ctx);
            }
        }, QUIET_MILLIS / 4, QUIET_MILLIS / 4, TimeUnit.MILLISECONDS);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (closing == null) {
            ctx.fireChannelRead(msg);
            return;
        }
        if (msg instanceof ByteBuf bytes) {
            discarded += bytes.readableBytes();
        }
        ReferenceCountUtil.release(msg);
        lastRead = System.nanoTime();
        if (discarded > AT_MOST_BYTES) {
            end(ctx);
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (closing != null && event instanceof ChannelInputShutdownEvent) {
            end(ctx);
            return;
        }
        super.userEventTriggered(ctx, event);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (closing != null) {
            end(ctx);
        }
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) throws Exception {
        if (closing != null) {
            end(ctx);
            return;
        }
        super.exceptionCaught(ctx, cause);
    }

    private void end(ChannelHandlerContext ctx) {
        if (check != null) {
            check.cancel(false);
            check = null;
        }
        ChannelPromise promise = closing;
        if (promise != null && !promise.isDone()) {
            ctx.close(promise);
        } else {
            ctx.close();
        }
    }
}
