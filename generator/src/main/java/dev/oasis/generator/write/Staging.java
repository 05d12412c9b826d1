package dev.oasis.generator.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A folder where generated files wait until the whole generation has succeeded, so that their text
 * need not stay in memory and a failure leaves the output as it was. Closing it deletes it with
 * whatever was not moved out; a folder left by a process that died is deleted when the next one
 * is created in its place.
 */
public final class Staging implements AutoCloseable {

    private final Path directory;

    private Staging(Path directory) {
        this.directory = directory;
    }

    /** Creates an empty staging folder at {@code directory}, deleting whatever an earlier run left there. */
    public static Staging create(Path directory) {
        deleteTree(directory);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the staging folder " + directory, e);
        }
        return new Staging(directory);
    }

    /** Stores a file's content under its relative path. */
    public void put(String relativePath, byte[] content) {
        Path file = file(relativePath);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage " + relativePath + " in " + directory, e);
        }
    }

    /** The staged text of a file. */
    public String read(String relativePath) {
        try {
            return Files.readString(file(relativePath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the staged " + relativePath, e);
        }
    }

    /** Where a staged file is. */
    Path file(String relativePath) {
        return directory.resolve(relativePath);
    }

    /** Deletes the folder and everything still in it. */
    @Override
    public void close() {
        deleteTree(directory);
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path folder, IOException failure) throws IOException {
                    if (failure != null && !(failure instanceof NoSuchFileException)) {
                        throw failure;
                    }
                    Files.deleteIfExists(folder);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the staging folder " + root, e);
        }
    }
}
