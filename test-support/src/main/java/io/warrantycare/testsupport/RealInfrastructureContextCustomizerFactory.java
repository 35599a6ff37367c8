package io.warrantycare.testsupport;

import java.util.List;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/** Points every test annotated with {@link RealInfrastructure} at the shared real servers. */
public class RealInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        if (!TestContextAnnotationUtils.hasAnnotation(testClass, RealInfrastructure.class)) {
            return null;
        }
        return new Customizer();
    }

    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
                org.springframework.test.context.MergedContextConfiguration mergedConfig) {
            TestInfrastructure.Endpoints endpoints = TestInfrastructure.endpoints();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("realInfrastructure",
                    java.util.Map.of(
                            "spring.kafka.bootstrap-servers", endpoints.kafkaBootstrapServers(),
                            "spring.mongodb.uri", endpoints.mongoUri())));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
