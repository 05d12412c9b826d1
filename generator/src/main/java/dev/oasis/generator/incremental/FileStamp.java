package dev.oasis.generator.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * A file's content digest with the size and modification time it had when hashed. A file whose
 * size and time still match is taken as unchanged without reading it; otherwise its content
 * decides, so touching a file without changing it changes nothing.
 *
 * @param digest the SHA-256 of the content
 * @param size the size in bytes
 * @param modified the modification time in milliseconds
 */
public record FileStamp(String digest, long size, long modified) {

    /** Stamps a file as it is now; empty when it does not exist. */
    public static Optional<FileStamp> of(Path file) {
        Optional<BasicFileAttributes> attributes = attributes(file);
        Optional<String> digest = Hashes.ofFile(file);
        if (attributes.isEmpty() || digest.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FileStamp(digest.get(), attributes.get().size(), attributes.get().lastModifiedTime().toMillis()));
    }

    /** The file's current digest: this one when size and time are unchanged, else read; empty when it is gone. */
    public Optional<String> currentDigest(Path file) {
        Optional<BasicFileAttributes> attributes = attributes(file);
        if (attributes.isEmpty()) {
            return Optional.empty();
        }
        if (attributes.get().size() == size && attributes.get().lastModifiedTime().toMillis() == modified) {
            return Optional.of(digest);
        }
        return Hashes.ofFile(file);
    }

    /**
     * This stamp, with the file's current size and time, when the file still has the stamped content;
     * empty when it changed or is gone. Only a file whose size or time moved is read.
     */
    public Optional<FileStamp> refreshed(Path file) {
        Optional<BasicFileAttributes> attributes = attributes(file);
        if (attributes.isEmpty()) {
            return Optional.empty();
        }
        long currentSize = attributes.get().size();
        long currentTime = attributes.get().lastModifiedTime().toMillis();
        if (currentSize == size && currentTime == modified) {
            return Optional.of(this);
        }
        if (currentSize != size || !Hashes.ofFile(file).filter(digest::equals).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new FileStamp(digest, currentSize, currentTime));
    }

    /** The stamp of a file just written with content of this digest and size: its time read, its content not. */
    public static FileStamp written(Path file, String digest, long size) {
        BasicFileAttributes attributes = attributes(file)
                .orElseThrow(() -> new IllegalStateException(file + " vanished right after it was written"));
        return new FileStamp(digest, size, attributes.lastModifiedTime().toMillis());
    }

    /** True when the file still has the stamped content. */
    public boolean matches(Path file) {
        return currentDigest(file).filter(digest::equals).isPresent();
    }

    private static Optional<BasicFileAttributes> attributes(Path file) {
        try {
            return Optional.of(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the attributes of " + file, e);
        }
    }
}
