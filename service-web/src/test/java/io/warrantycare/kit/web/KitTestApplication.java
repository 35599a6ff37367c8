package io.warrantycare.kit.web;

import io.warrantycare.kit.web.validation.EmailAddress;
import io.warrantycare.kit.web.validation.IndividualNumber;
import io.warrantycare.kit.web.validation.IsoCountry;
import io.warrantycare.kit.web.validation.LanguageTag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** A service of one controller, to drive the web kit as a real application would. */
@SpringBootApplication
class KitTestApplication {

    enum Kind { GIFT, PURCHASE }

    record Sample(
            @NotBlank @IndividualNumber String ni,
            @NotNull Kind kind,
            @Size(max = 20) String name,
            @EmailAddress String email,
            @IsoCountry String country,
            @LanguageTag String language,
            Integer quantity) {
    }

    static class SampleNotFound extends RuntimeException {
        SampleNotFound(String ni) {
            super("No sample " + ni);
        }
    }

    /** Correlation ids seen in the MDC on the thread that ran the handler's last operator. */
    static final CopyOnWriteArrayList<String> SEEN_IN_MDC = new CopyOnWriteArrayList<>();

    @Bean
    ProblemMappings sampleProblems() {
        return ProblemMappings.builder().map(SampleNotFound.class, HttpStatus.NOT_FOUND, "UNKNOWN_SAMPLE").build();
    }

    @RestController
    static class SampleController {

        @PostMapping("/samples")
        Mono<Map<String, String>> create(@Valid @RequestBody Sample sample) {
            return Mono.just(Map.of("ni", sample.ni()));
        }

        @GetMapping("/samples/{ni}")
        Mono<Map<String, String>> find(@PathVariable String ni) {
            return Mono.error(new SampleNotFound(ni));
        }

        @GetMapping("/store-down")
        Mono<Map<String, String>> storeDown() {
            return Mono.error(new DataAccessResourceFailureException("Timed out waiting for a server"));
        }

        @GetMapping("/boom")
        Mono<Map<String, String>> boom() {
            return Mono.error(new IllegalStateException("internal detail that must not leak"));
        }

        /** Hops to another thread, where only context propagation can bring the correlation id into the MDC. */
        @GetMapping("/hop")
        Mono<Map<String, String>> hop() {
            return Mono.just("x").publishOn(Schedulers.parallel()).map(ignored -> {
                SEEN_IN_MDC.add(String.valueOf(MDC.get(CorrelationIds.KEY)));
                return Map.of("thread", Thread.currentThread().getName());
            });
        }
    }
}
