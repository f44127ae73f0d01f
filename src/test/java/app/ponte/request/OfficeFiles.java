package app.ponte.request;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Office documents built byte by byte, as Word and Excel lay them out, for the upload rules to judge. */
public final class OfficeFiles {

    private static final String WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String WORD_WITH_MACROS = "application/vnd.ms-word.document.macroEnabled.main+xml";

    private OfficeFiles() {
    }

    /** A Word document (.docx). */
    public static byte[] docx() {
        return wordPackage(WORD, false);
    }

    /** A Word document with a VBA project (.docm), as Word saves one. */
    public static byte[] docm() {
        return wordPackage(WORD_WITH_MACROS, true);
    }

    /** A .docm whose package index was edited to say .docx; only the VBA project is left to give it away. */
    public static byte[] docmDisguisedAsDocx() {
        return wordPackage(WORD, true);
    }

    private static byte[] wordPackage(String mainType, boolean vba) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                %s<Override PartName="/word/document.xml" ContentType="%s"/>
                </Types>""".formatted(vba ? "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>\n"
                : "", mainType));
        parts.put("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                </Relationships>""");
        parts.put("word/document.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                <w:body><w:p><w:r><w:t>Quarterly figures</w:t></w:r></w:p></w:body></w:document>""");
        if (vba) {
            parts.put("word/vbaProject.bin", "Attribute VB_Name = \"ThisDocument\"\nSub AutoOpen()\nShell \"calc\"\nEnd Sub");
        }
        return zip(parts);
    }

    /** A ZIP archive of text files. */
    public static byte[] zip(Map<String, String> files) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * An Excel 97–2003 workbook (an OLE2 compound file): the header sector, then a directory sector with the
     * root entry, the workbook stream and, with macros, the {@code _VBA_PROJECT_CUR} storage Excel keeps VBA in.
     */
    public static byte[] xls(boolean macros) {
        byte[] file = new byte[512 * 4];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, file, 0, magic.length);
        directoryEntry(file, 512, "Root Entry", 5);
        directoryEntry(file, 512 + 128, "Workbook", 2);
        if (macros) {
            directoryEntry(file, 512 + 256, "_VBA_PROJECT_CUR", 1);
        }
        Arrays.fill(file, 1024, file.length, (byte) 0x20);
        return file;
    }

    private static void directoryEntry(byte[] file, int offset, String name, int kind) {
        byte[] utf16 = (name + "\0").getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(utf16, 0, file, offset, utf16.length);
        file[offset + 64] = (byte) utf16.length;
        file[offset + 66] = (byte) kind;
    }
}
