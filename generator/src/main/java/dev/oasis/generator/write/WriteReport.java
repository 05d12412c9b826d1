package dev.oasis.generator.write;

import java.nio.file.Path;
import java.util.List;

/**
 * What a write did.
 *
 * @param written files created or changed
 * @param unchanged files that already had the right content and were left alone
 */
public record WriteReport(List<Path> written, List<Path> unchanged) {
}
