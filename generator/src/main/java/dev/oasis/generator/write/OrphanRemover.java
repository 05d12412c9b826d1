package dev.oasis.generator.write;

import dev.oasis.generator.incremental.FileStamp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deletes files an earlier generation wrote that the current one no longer produces. Only files in
 * the earlier manifest whose content is still what was generated are deleted, so user files and
 * hand-edited files are never lost; folders left empty are removed up to the output directory.
 */
public final class OrphanRemover {

    private final Path outputDirectory;

    /** Creates a remover for an output directory. */
    public OrphanRemover(Path outputDirectory) {
        this.outputDirectory = outputDirectory;
    }

    /**
     * Removes the orphans.
     *
     * @param previous the earlier manifest: relative path to the stamp of the content written
     * @param current the relative paths generated now
     * @return the files deleted
     */
    public List<Path> remove(Map<String, FileStamp> previous, Set<String> current) {
        List<Path> removed = new ArrayList<>();
        for (Map.Entry<String, FileStamp> entry : previous.entrySet()) {
            if (current.contains(entry.getKey())) {
                continue;
            }
            Path file = outputDirectory.resolve(entry.getKey());
            if (entry.getValue().matches(file)) {
                delete(file);
                removed.add(file);
                deleteEmptyParents(file.getParent());
            }
        }
        return List.copyOf(removed);
    }

    private void deleteEmptyParents(Path folder) {
        Path root = outputDirectory.toAbsolutePath().normalize();
        Path current = folder.toAbsolutePath().normalize();
        while (current != null && current.startsWith(root) && !current.equals(root)) {
            try {
                Files.delete(current);
            } catch (DirectoryNotEmptyException e) {
                return;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the empty folder " + current, e);
            }
            current = current.getParent();
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file, e);
        }
    }
}
