/** Load harness against a running local stack: prints latency percentiles and throughput, asserts nothing about speed. */
package io.warrantycare.deploy.bench;
