/** The local stack without Docker: a Kafka KRaft broker, a file-backed MongoDB-protocol server, an SMTP server and dev tokens. */
package io.warrantycare.deploy;
