package dev.oasis.generator.write;

import dev.oasis.generator.render.RenderedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes rendered files under an output directory. A file whose content is unchanged is not touched,
 * so its timestamp stays and incremental compilers see fewer changes; a changed file is written to a
 * temporary file first and moved into place, so no reader ever sees half a file.
 */
public final class OutputWriter {

    private final Path outputDirectory;

    /** Creates a writer for an output directory, which is created when missing. */
    public OutputWriter(Path outputDirectory) {
        this.outputDirectory = outputDirectory;
    }

    /** Writes the files and reports which were written and which were already up to date. */
    public WriteReport write(List<RenderedFile> files) {
        List<Path> written = new ArrayList<>();
        List<Path> unchanged = new ArrayList<>();
        try {
            for (RenderedFile file : files) {
                Path target = outputDirectory.resolve(file.relativePath());
                byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
                if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
                    unchanged.add(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
                Files.write(temporary, bytes);
                move(temporary, target);
                written.add(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write generated sources under " + outputDirectory, e);
        }
        return new WriteReport(List.copyOf(written), List.copyOf(unchanged));
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
