/** Real infrastructure for integration tests: Testcontainers when a Docker engine runs, embedded servers otherwise. */
package io.warrantycare.testsupport;
