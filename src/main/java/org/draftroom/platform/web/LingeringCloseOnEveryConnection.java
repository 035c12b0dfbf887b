package org.draftroom.platform.web;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import jakarta.inject.Singleton;

/** Puts a {@link LingeringClose} nearest the socket on every connection the server accepts. */
@Singleton
class LingeringCloseOnEveryConnection implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        NettyServerCustomizer.Registry registry = event.getBean();
        registry.register(new NettyServerCustomizer() {
            @Override
            public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
                if (role != ChannelRole.CONNECTION) {
                    return this;
                }
                return new NettyServerCustomizer() {
                    @Override
                    public void onInitialPipelineBuilt() {
                        channel.pipeline().addFirst("draftroom-lingering-close", new LingeringClose());
                    }
                };
            }
        });
        return registry;
    }
}
