package org.cxlens.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a project to one process at a time (ADR 0008): an operating-system lock on a hidden file
 * beside it ({@code .name.cxlens.lock}), held while any read-write {@link ProjectFile} of this
 * process has it open, and removed when the last one closes. A second process is refused in one
 * sentence; the lock dies with its process, so a crash leaves at most an unlocked file that the
 * next open takes over. Opens within one process share the lock (the app opens a project again
 * while it still shows the old one); SQLite's own locking orders their writes.
 */
final class ProjectLock implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectLock.class);
    /** A lock file that keeps being replaced under us (another process closing as we open) is given up after this. */
    private static final int ATTEMPTS = 5;
    /** Held locks by the project's absolute path, with how many open files of this process share each. */
    private static final Map<Path, Held> HELD = new HashMap<>();

    /**
     * The byte locked: one far past the end of the (empty) file, where no reader or writer of the
     * file ever comes, also where locks are mandatory (Windows).
     */
    private static final long LOCKED_BYTE = Long.MAX_VALUE - 1;
    /** The key of a file that is not there. */
    private static final Object MISSING = new Object();

    private static final class Held {
        final Path file;
        final FileChannel channel;
        int users;

        Held(Path file, FileChannel channel) {
            this.file = file;
            this.channel = channel;
        }
    }

    private final Path project;
    private boolean closed;

    private ProjectLock(Path project) {
        this.project = project;
    }

    /** Takes the project's lock, or shares it with this process's other opens; refused while another process holds it. */
    static ProjectLock acquire(Path project) throws CxLensException {
        Path key = realPath(project);
        synchronized (HELD) {
            Held held = HELD.get(key);
            if (held == null) {
                held = lock(key);
                if (held != null) {
                    HELD.put(key, held);
                }
            }
            if (held != null) {
                held.users++;
            }
            return new ProjectLock(key);
        }
    }

    private static Path lockFile(Path project) {
        return project.resolveSibling("." + project.getFileName() + ".lock");
    }

    /**
     * The lock, or null where no lock file can be made (a read-only folder, a file system without
     * locks): there nothing can be written by another process either, or SQLite's own locking is all there is.
     */
    private static Held lock(Path project) throws CxLensException {
        Path file = lockFile(project);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            FileChannel channel = null;
            try {
                Object before = fileKey(file);
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock(LOCKED_BYTE, 1, false);
                if (lock == null) {
                    channel.close();
                    throw new CxLensException(Message.of("storage.open.inUse", project));
                }
                if (sameFile(before, fileKey(file))) {
                    return new Held(file, channel);
                }
                // Made by us just now, or removed by the holder before us as it closed (a lock on
                // nothing): once more, with the file that is there now.
                channel.close();
            } catch (OverlappingFileLockException e) {
                // This process holds it under another name of the same file (a link): still another holder to wait for.
                closeQuietly(channel);
                throw new CxLensException(Message.of("storage.open.inUse", project));
            } catch (IOException e) {
                closeQuietly(channel);
                LOG.info("No lock beside {}, SQLite's own locking only: {}", project, e.toString());
                return null;
            }
        }
        throw new CxLensException(Message.of("storage.open.inUse", project));
    }

    /**
     * The file's identity (device and inode; null where the system has none), read without opening
     * it: on POSIX systems closing any descriptor of a file drops every lock the process holds on it.
     */
    private static Object fileKey(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException e) {
            return MISSING;
        }
    }

    /**
     * Whether the file locked is the one at the path both before it was opened and after it was
     * locked. Where files have no identity (Windows) an open file cannot be removed, so it is.
     */
    private static boolean sameFile(Object before, Object after) {
        if (before == MISSING || after == MISSING) {
            return false;
        }
        return after == null || after.equals(before);
    }

    /** The project's path with its folder's links resolved, so two names of one folder share one lock. */
    private static Path realPath(Path project) {
        Path absolute = project.toAbsolutePath().normalize();
        try {
            return absolute.getParent().toRealPath().resolve(absolute.getFileName());
        } catch (IOException e) {
            return absolute;
        }
    }

    /** Gives this open's share back; the last one removes the file and then releases the lock. */
    @Override
    public void close() {
        synchronized (HELD) {
            if (closed) {
                return;
            }
            closed = true;
            Held held = HELD.get(project);
            if (held == null || --held.users > 0) {
                return;
            }
            HELD.remove(project);
            // Removed while still locked, so whoever opens it next finds no file or a new one. Where an
            // open file cannot be removed (Windows), after the lock: then only if nobody else opened it meanwhile.
            boolean removed = delete(held.file);
            closeQuietly(held.channel);
            if (!removed) {
                delete(held.file);
            }
        }
    }

    private static boolean delete(Path file) {
        try {
            Files.deleteIfExists(file);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                // Closing the channel releases its lock.
                channel.close();
            } catch (IOException e) {
                LOG.warn("Closing a lock file: {}", e.toString());
            }
        }
    }
}
