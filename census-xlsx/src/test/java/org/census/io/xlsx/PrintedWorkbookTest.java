package org.census.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.census.bundled.BundledCensus;
import org.census.io.testing.TestCensus;
import org.census.io.xlsx.PrintedPages.Page;

class PrintedWorkbookTest {
    @TempDir
    Path dir;

    @Test
    void scratch() throws Exception {
        PrintedPages.requireSoffice();
        Path xlsx = dir.resolve("ml-2013.xlsx");
        Files.write(xlsx, TestCensus.write(BundledCensus.load(), "xlsx"));
        List<Page> pages = PrintedPages.print(dir, xlsx).get(0);
        Path keep = Path.of("target/print14");
        Files.createDirectories(keep);
        Files.copy(dir.resolve("pdf/ml-2013.pdf"), keep.resolve("ml-2013.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(xlsx, keep.resolve("ml-2013.xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        for (Page p : pages) {
            System.out.println(p.sheet() + " " + p.number() + "/" + p.of() + " land=" + p.landscape() + " a4=" + p.a4()
                    + " len=" + p.text().length());
        }
        System.out.println(pages.get(0).text());
        System.out.println("=====");
        System.out.println(pages.get(2).text().substring(0, 1500));
    }
}
