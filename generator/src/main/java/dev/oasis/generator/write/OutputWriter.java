package dev.oasis.generator.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves staged files into the output directory once a generation has succeeded. Each file is moved
 * whole (atomically where the file system allows), so no reader ever sees half a file; files whose
 * content did not change are never staged, so their timestamps stay and incremental compilers see
 * fewer changes.
 */
public final class OutputWriter {

    private final Path outputDirectory;

    /** Creates a writer for an output directory, which is created when missing. */
    public OutputWriter(Path outputDirectory) {
        this.outputDirectory = outputDirectory;
    }

    /**
     * Moves the staged files at these relative paths into place.
     *
     * @return the files written, under the output directory
     */
    public List<Path> commit(Staging staging, List<String> relativePaths) {
        List<Path> written = new ArrayList<>(relativePaths.size());
        try {
            for (String relativePath : relativePaths) {
                Path target = outputDirectory.resolve(relativePath);
                Files.createDirectories(target.getParent());
                move(staging.file(relativePath), target);
                written.add(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write generated sources under " + outputDirectory, e);
        }
        return List.copyOf(written);
    }

    private static void move(Path staged, Path target) throws IOException {
        try {
            Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            Files.copy(staged, temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
