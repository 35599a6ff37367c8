package io.warrantycare.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a Spring Boot test a real Apache Kafka broker and a real MongoDB-protocol server: MongoDB 7 and Kafka
 * containers when a Docker engine is present, otherwise an embedded KRaft broker and mongo-java-server's memory
 * backend. Sets {@code spring.kafka.bootstrap-servers} and {@code spring.mongodb.uri}; the test log says which.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface RealInfrastructure {
}
