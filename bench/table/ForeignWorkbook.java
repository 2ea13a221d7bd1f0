import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Lays out the action rows of a CSV written by census (its actions table) as a workbook census never wrote: a title
 * block with a merged title, headers of another tool in row 4, the budget as a number, and the parties and region
 * under other names. The partnership's reference is kept in column A: the synthetic census draws its parties from a
 * small pool (10,000 partnerships share some 1,100 pairs of parties), so without it rows of different partnerships
 * far apart would share a key. For bench/table.sh.
 *
 * <pre>java -cp census-examples/target/census.jar bench/table/ForeignWorkbook.java IN.csv OUT.xlsx [ROWS]</pre>
 */
public class ForeignWorkbook {
    public static void main(String[] args) throws Exception {
        long limit = args.length > 2 ? Long.parseLong(args[2]) : Long.MAX_VALUE;
        try (Reader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
             SXSSFWorkbook wb = new SXSSFWorkbook(1000)) {
            wb.setCompressTempFiles(true);
            SXSSFSheet sheet = wb.createSheet("Tableau de bord");
            sheet.createRow(0).createCell(0).setCellValue("Suivi des partenariats — export du tableau de bord");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 8));
            sheet.createRow(1).createCell(0).setCellValue("Généré pour le banc d'essai de census");
            String[] headers = {"Référence", "Collectivité française", "Collectivité partenaire", "Région",
                    "Thématique", "Intitulé de l'action", "Période", "Montant (€)", "Remarque"};
            var header = sheet.createRow(3);
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            int r = 4;
            long n = 0;
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (n++ >= limit) {
                    break;
                }
                var row = sheet.createRow(r++);
                row.createCell(0).setCellValue(rec.get("Partenariat"));
                row.createCell(1).setCellValue(rec.get("Parties françaises"));
                row.createCell(2).setCellValue(rec.get("Parties du pays partenaire"));
                row.createCell(3).setCellValue(rec.get("Régions"));
                row.createCell(4).setCellValue(rec.get("Domaine"));
                row.createCell(5).setCellValue(rec.get("Description"));
                row.createCell(6).setCellValue(rec.get("Période"));
                String low = rec.get("Budget min (€)");
                if (!low.isEmpty()) {
                    row.createCell(7).setCellValue(Double.parseDouble(low));
                }
                if (!rec.get("Note").isEmpty()) {
                    row.createCell(8).setCellValue(rec.get("Note"));
                }
            }
            try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
                wb.write(out);
            }
            wb.dispose();
        }
    }
}
