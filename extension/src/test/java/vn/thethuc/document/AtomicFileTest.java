package vn.thethuc.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void whatARunKilledBeforeItsRenameLeftIsRemovedByTheNextWriteAndNothingElse() throws Exception {
        // a pid no process has: the writer is gone (kill -9 while signing)
        long dead = Long.MAX_VALUE / 2;
        Path leftTmp = Files.writeString(dir.resolve(".ke-hoach.pdf.p" + dead + "-123.tmp"), "half");
        Path leftPdf = Files.writeString(dir.resolve(".ke-hoach.pdf.p" + dead + "-456.unsigned"), "half");
        Path live = Files.writeString(dir.resolve(".ke-hoach.pdf.p" + ProcessHandle.current().pid() + "-789.tmp"), "busy");
        Path someoneElses = Files.writeString(dir.resolve(".hidden-notes.tmp"), "mine");
        Path target = dir.resolve("ke-hoach.pdf");
        AtomicFile.write(target, new byte[] {1, 2, 3}, false);
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
        assertFalse(Files.exists(leftTmp) || Files.exists(leftPdf), "the dead run's files");
        assertTrue(Files.exists(live), "a live writer's file is left alone");
        assertTrue(Files.exists(someoneElses), "a file that is not ours is left alone");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(".hidden-notes.tmp", ".ke-hoach.pdf.p" + ProcessHandle.current().pid() + "-789.tmp",
                    "ke-hoach.pdf"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenAsked() throws Exception {
        Path target = Files.writeString(dir.resolve("cv.odt"), "old");
        assertThrows(FileAlreadyExistsException.class, () -> AtomicFile.write(target, new byte[] {9}, false));
        assertEquals("old", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left after the refusal");
        }
        AtomicFile.write(target, "new".getBytes(), true);
        assertEquals("new", Files.readString(target));
    }
}
