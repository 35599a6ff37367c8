package io.warrantycare.registration.config;

import io.warrantycare.registration.RegistrationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.reactive.config.WebFluxConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebFluxConfigurer {

    private final RegistrationProperties properties;

    WebConfig(RegistrationProperties properties) {
        this.properties = properties;
    }

    /** A body sent without Content-Length (chunked) is cut at the same limit the size filter applies up front. */
    @Override
    public void configureHttpMessageCodecs(ServerCodecConfigurer configurer) {
        configurer.defaultCodecs().maxInMemorySize((int) properties.maxRequestSize().toBytes());
    }
}
