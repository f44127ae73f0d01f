package app.ponte.report;

/** A report's PDF in the reader's language, with the file name it is downloaded as. */
public record ReportPdfFile(String fileName, byte[] content) {
}
