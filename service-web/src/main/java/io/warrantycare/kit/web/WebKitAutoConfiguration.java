package io.warrantycare.kit.web;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import tools.jackson.databind.json.JsonMapper;

/** The web kit: one problem model, correlation ids on every log line, body size limits and draining. */
@AutoConfiguration(afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableConfigurationProperties(WebKitProperties.class)
public class WebKitAutoConfiguration {

    public WebKitAutoConfiguration() {
        MdcCorrelation.install();
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemTable problemTable(List<ProblemMappings> mappings) {
        return new ProblemTable(mappings);
    }

    /** Before Boot's own error handler (-1), so no failure is answered in another shape. */
    @Bean
    @Order(-2)
    ProblemResponder problemResponder(ProblemTable table, JsonMapper json, WebKitProperties properties) {
        return new ProblemResponder(table, json, properties);
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    CorrelationIdFilter correlationIdFilter() {
        return new CorrelationIdFilter();
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    RequestBodyFilter requestBodyFilter(WebKitProperties properties) {
        return new RequestBodyFilter(properties);
    }
}
