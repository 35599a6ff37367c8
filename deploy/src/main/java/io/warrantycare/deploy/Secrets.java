package io.warrantycare.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The local stack's secrets (gateway JWT key, card token key): 48 random bytes, base64url-encoded, generated on first
 * use and kept in the data directory. Consumers use the UTF-8 bytes of the text as the HMAC key.
 */
final class Secrets {

    private static final int RANDOM_BYTES = 48;
    private static final SecureRandom RANDOM = new SecureRandom();

    static String readOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".secret", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // The file stays readable by others only where the file system has no POSIX permissions.
            }
            Files.writeString(temporary, secret + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, file);
            return secret;
        } catch (FileAlreadyExistsException createdMeanwhile) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private Secrets() {
    }
}
