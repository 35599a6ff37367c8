package io.warrantycare.warranty.policy;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Throughput of {@link PolicyEngine#evaluate} on one thread over a mix of brands and outcomes (extension granted,
 * refused, no program, appliance start-date fallback, card checks). Run with {@link #main}; see docs/policy-engine.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PolicyEngineBenchmark {

    private PolicyEngine engine;
    private ProductFacts[] products;
    private LocalDate[] registrations;
    private CoverageRequest request;
    private int next;

    @Setup
    public void load() {
        engine = PolicyEngine.fromClasspath();
        products = new ProductFacts[] {
                Facts.of("CARTIER").purchased("2026-11-01").build(),
                Facts.of("CARTIER").category("JEWELRY").purchased("2025-03-01").build(),
                Facts.of("CARTIER").purchased("2017-11-11").build(),
                Facts.of("OMEGA").movement("CO_AXIAL").purchased("2014-05-05").build(),
                Facts.of("ROLEX").purchased("2020-01-10").build(),
                Facts.of("AUDEMARS_PIGUET").dealer("BTQ-BEIJING-SKP", "AP Beijing SKP", "CN").purchased("2021-06-01")
                        .build(),
                Facts.of("JAEGER_LECOULTRE").channel("AUTHORIZED_RETAILER").purchased("2024-02-29").build(),
                Facts.of("CASARTE").category("REFRIGERATOR").produced("2024-11-30").purchased("2025-01-15").build(),
                Facts.of("SEIKO").numbers("7S26-0020", "123456", "7S26", "123456").purchased("2022-09-17").build(),
                Facts.of("ULYSSE_NARDIN").movement("MECHANICAL").purchased("2018-01-01").build(),
                Facts.of("Jaeger-LeCoultre").purchased("2019-04-30").build(),
                Facts.of("CARTIER").line("TRADITION").purchased("2026-01-01").build(),
                Facts.of("AUDEMARS_PIGUET").channel("ONLINE").purchased("2021-06-01").build(),
                Facts.of("SEIKO").dealer("SK-1", null, "JP").purchased("2022-09-17").build(),
                Facts.of("CASARTE").category("WASHING_MACHINE").invoiced("2025-03-10").build(),
                Facts.of("CARTIER").purchased("2019-01-10").build()
        };
        registrations = new LocalDate[products.length];
        for (int i = 0; i < products.length; i++) {
            registrations[i] = i % 4 == 3 ? null : LocalDate.of(2019, 11, 12).plusDays(i * 97L);
        }
        request = new CoverageRequest("MOVEMENT_SERVICE", LocalDate.of(2026, 6, 1), null, null);
    }

    @Benchmark
    public Evaluation evaluateMix() {
        int i = next;
        next = (i + 1) & 15;
        return engine.evaluate(products[i], registrations[i]);
    }

    @Benchmark
    public CoverageDecision checkCoverageMix() {
        int i = next;
        next = (i + 1) & 15;
        return engine.checkCoverage(products[i], null, request);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                .include(PolicyEngineBenchmark.class.getName())
                .forks(1)
                .threads(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(1))
                .build()).run();
    }
}
