package org.census.io.xlsx;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Puts a formula in a cell of a workbook through openpyxl, which saves formulas without a computed value, as the
 * users of issue 14 (point 5) did. The test that needs it is skipped, with the reason, where /usr/bin/python3 has no
 * openpyxl.
 */
public final class OpenpyxlFormulas {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    private OpenpyxlFormulas() {
    }

    /** The workbook {@code in}, saved to {@code out} by openpyxl with {@code =formula} in the cell. */
    public static void put(Path in, Path out, String sheet, String cell, String formula) throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "no /usr/bin/python3: cannot write a workbook with openpyxl");
        Process check = new ProcessBuilder(PYTHON.toString(), "-c", "import openpyxl").redirectErrorStream(true)
                .start();
        assumeTrue(check.waitFor(60, TimeUnit.SECONDS) && check.exitValue() == 0,
                "/usr/bin/python3 has no openpyxl (apt-get install python3-openpyxl)");
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", String.join("\n",
                "import sys, openpyxl",
                "wb = openpyxl.load_workbook(sys.argv[1])",
                "wb[sys.argv[3]][sys.argv[4]] = '=' + sys.argv[5]",
                "wb.save(sys.argv[2])"), in.toString(), out.toString(), sheet, cell, formula)
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("openpyxl failed: " + output);
        }
    }
}
