package org.newskg.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.newskg.NewsKgException;

/**
 * Where a command writes its result: standard output, or a file that appears only when complete.
 *
 * <pre>{@code
 * try (Output o = Output.to(file)) { write(o.stream()); o.commit(); }
 * }</pre>
 * A file is written beside its target and moved into place by {@link #commit()}; closing without a
 * commit (after a failure) deletes it, so a failed export never leaves half a file. Not thread-safe.
 */
final class Output implements AutoCloseable {

    private final Path target;
    private final Path tmp;
    private final OutputStream stream;
    private boolean committed;

    private Output(Path target, Path tmp, OutputStream stream) {
        this.target = target;
        this.tmp = tmp;
        this.stream = stream;
    }

    /** Output to a file, or to standard output when {@code file} is null. */
    static Output to(Path file) {
        if (file == null) {
            // Closing must not close System.out: picocli and later output still need it.
            return new Output(null, null, new FilterOutputStream(System.out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            });
        }
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            // Not Files.createTempFile: that makes the file 0600 whatever the umask, and the move keeps that mode.
            Path tmp = dir.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + Long.toHexString(System.nanoTime()) + ".part");
            return new Output(file, tmp, Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
        } catch (IOException e) {
            throw new NewsKgException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    OutputStream stream() {
        return stream;
    }

    void commit() {
        try {
            stream.close();
            if (target != null) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            committed = true;
        } catch (IOException e) {
            throw new NewsKgException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (committed) {
            return;
        }
        try {
            stream.close();
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
