package dev.oasis.generator;

import dev.oasis.generator.check.SyntaxCheckQueue;
import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.diagnostic.GenerationException;
import dev.oasis.generator.diagnostic.SourceLocation;
import dev.oasis.generator.incremental.FileStamp;
import dev.oasis.generator.incremental.Hashes;
import dev.oasis.generator.incremental.OutputSource;
import dev.oasis.generator.incremental.PreviousOutputs;
import dev.oasis.generator.incremental.TemplateModelDigest;
import dev.oasis.generator.render.OutputJob;
import dev.oasis.generator.render.RenderedOutput;
import dev.oasis.generator.render.Renderer;
import dev.oasis.generator.render.TemplateException;
import dev.oasis.generator.render.TemplateSource;
import dev.oasis.generator.write.Staging;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Makes the output files one at a time: a file that would come out as the previous generation wrote
 * it is not rendered; every other file is rendered, and, unless its text is already on disk, staged and
 * handed to the syntax check, which parses on other threads meanwhile. Only paths and digests stay in
 * memory. Nothing under the output directory is touched.
 *
 * <p>A generation that keeps no build state does not digest template models or contents: nothing
 * would compare them later.
 */
final class OutputStage {

    private final Renderer renderer;
    private final PreviousOutputs previous;
    private final Staging staging;
    private final Path outputDirectory;
    private final TemplateSource templates;
    private final Progress progress;
    private final boolean remembered;

    /**
     * A stage comparing with {@code previous}; {@code remembered} tells whether the outputs' keys and
     * digests are kept for a later generation (else {@link ProducedFile#digest()} and
     * {@link ProducedFile#source()} are null).
     */
    OutputStage(Renderer renderer, PreviousOutputs previous, Staging staging, Path outputDirectory, TemplateSource templates,
            Progress progress, boolean remembered) {
        this.renderer = renderer;
        this.previous = previous;
        this.staging = staging;
        this.outputDirectory = outputDirectory;
        this.templates = templates;
        this.progress = progress;
        this.remembered = remembered;
    }

    /**
     * Makes every output file.
     *
     * @throws GenerationException naming the template and line when a template fails, or every file that does not parse
     */
    List<ProducedFile> run() {
        List<ProducedFile> produced = new ArrayList<>();
        Diagnostics diagnostics = new Diagnostics();
        try (SyntaxCheckQueue check = SyntaxCheckQueue.start()) {
            renderer.forEachOutput(job -> produced.add(produce(job, check)));
            long rendered = produced.stream().filter(file -> file.outcome() != ProducedFile.Outcome.KEPT).count();
            progress.finished(Progress.Stage.RENDER, rendered + " files" + (rendered == produced.size() ? ""
                    : ", " + (produced.size() - rendered) + " unchanged since the last generation"));
            check.finish(diagnostics);
            progress.finished(Progress.Stage.CHECK, check.parsed() + " Java files parsed");
        } catch (TemplateException e) {
            throw GenerationException.of(Diagnostic.error("template.render",
                    new SourceLocation(Path.of(templates.describe(e.template())), e.line(), 0), "",
                    e.getMessage(), "check the template against the template model reference (templates/REFERENCE.md)"));
        }
        diagnostics.throwIfErrors();
        return produced;
    }

    private ProducedFile produce(OutputJob job, SyntaxCheckQueue check) {
        String path = job.relativePath();
        String key = remembered ? TemplateModelDigest.ofOutput(job.template(), path, job.vars()) : null;
        Optional<PreviousOutputs.Kept> kept = remembered ? previous.keep(path, key, renderer::typesOfPackage) : Optional.empty();
        if (kept.isPresent()) {
            FileStamp stamp = kept.get().stamp();
            return new ProducedFile(path, ProducedFile.Outcome.KEPT, stamp.digest(), stamp.size(), stamp, kept.get().source());
        }
        RenderedOutput rendered = renderer.render(job);
        byte[] bytes = rendered.file().content().getBytes(StandardCharsets.UTF_8);
        String digest = remembered ? Hashes.of(bytes) : null;
        OutputSource source = remembered ? new OutputSource(key, rendered.packageLookups()) : null;
        Optional<FileStamp> written = previous.stillWritten(path);
        if (written.isPresent() && written.get().digest().equals(digest)) {
            return new ProducedFile(path, ProducedFile.Outcome.SAME, digest, bytes.length, written.get(), source);
        }
        check.submit(rendered.file());
        Path target = outputDirectory.resolve(path);
        if (written.isEmpty() && Files.isRegularFile(target) && sameContent(target, bytes)) {
            return new ProducedFile(path, ProducedFile.Outcome.SAME, digest, bytes.length,
                    remembered ? FileStamp.written(target, digest, bytes.length) : null, source);
        }
        staging.put(path, bytes);
        ProducedFile.Outcome outcome = written.isPresent() || Files.exists(target) ? ProducedFile.Outcome.CHANGED
                : ProducedFile.Outcome.NEW;
        return new ProducedFile(path, outcome, digest, bytes.length, null, source);
    }

    private static boolean sameContent(Path target, byte[] bytes) {
        try {
            return Files.size(target) == bytes.length && Arrays.equals(Files.readAllBytes(target), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the earlier output " + target, e);
        }
    }
}
