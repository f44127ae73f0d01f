package app.ponte.request;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * What an office document holds besides its text, read from its structure rather than its name: whether it
 * carries macros, and for the Office Open XML formats which document it really is (Tika's core only sees
 * "an Office Open XML package"). Nothing is unpacked but the small package index.
 */
final class OfficeContent {

    /** The package index of Office Open XML: it names each part's content type. */
    private static final String CONTENT_TYPES = "[content_types].xml";
    private static final int CONTENT_TYPES_MAX = 1024 * 1024;
    private static final Pattern CONTENT_TYPE = Pattern.compile("ContentType\\s*=\\s*\"([^\"]*)\"");
    private static final String MAIN_PART = ".main+xml";

    /** Names of the storages and streams that hold VBA in Word and Excel files of the 97–2003 formats. */
    private static final Set<String> OLE_MACRO_NAMES = Set.of("_VBA_PROJECT_CUR", "_VBA_PROJECT", "MACROS");
    private static final int OLE_ENTRY = 128;
    private static final int OLE_NAME_MAX = 64;

    /** What a ZIP-based document holds. */
    record Found(boolean macros, @Nullable String mainType) {
    }

    private OfficeContent() {
    }

    /**
     * Looks into a ZIP-based file: an Office Open XML package with a VBA project or a macro-enabled content type
     * has macros, and so has an OpenDocument file with Basic or script folders; the main part's content type
     * says which document it is.
     */
    static Found ofZip(Path content) throws IOException {
        try (ZipFile zip = new ZipFile(content.toFile())) {
            boolean vba = false;
            boolean openDocument = false;
            boolean odfScripts = false;
            ZipEntry contentTypes = null;
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName().toLowerCase(Locale.ROOT);
                vba |= name.endsWith("vbaproject.bin");
                openDocument |= name.equals("mimetype");
                odfScripts |= name.startsWith("basic/") || name.startsWith("scripts/");
                contentTypes = name.equals(CONTENT_TYPES) ? entry : contentTypes;
            }
            if (contentTypes == null) {
                return new Found(openDocument && odfScripts, null);
            }
            return ofPackageIndex(readIndex(zip, contentTypes), vba);
        }
    }

    private static Found ofPackageIndex(String index, boolean vba) {
        boolean macros = vba;
        String mainType = null;
        Matcher types = CONTENT_TYPE.matcher(index);
        while (types.find()) {
            String type = types.group(1).strip().toLowerCase(Locale.ROOT);
            macros |= type.contains("macroenabled") || type.contains("vbaproject");
            if (type.endsWith(MAIN_PART)) {
                mainType = type.substring(0, type.length() - MAIN_PART.length());
            }
        }
        return new Found(macros, mainType);
    }

    private static String readIndex(ZipFile zip, ZipEntry index) throws IOException {
        try (InputStream in = zip.getInputStream(index)) {
            return new String(in.readNBytes(CONTENT_TYPES_MAX), StandardCharsets.UTF_8);
        }
    }

    /**
     * Whether a file of the 97–2003 formats (an OLE2 compound file) carries VBA: its directory, made of
     * 128-byte entries aligned on 128 bytes, then holds a storage or stream named like Office's VBA parts.
     */
    static boolean oleHasMacros(Path content) throws IOException {
        try (InputStream in = Files.newInputStream(content)) {
            byte[] entry;
            while ((entry = in.readNBytes(OLE_ENTRY)).length == OLE_ENTRY) {
                if (isMacroEntry(entry)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A directory entry: the name in UTF-16LE with its terminating zero, the name's length in bytes at 64, the
     * entry's kind (1 storage, 2 stream) at 66. Names compare without case, as in the compound file format.
     */
    private static boolean isMacroEntry(byte[] entry) {
        int nameLength = (entry[OLE_NAME_MAX] & 0xff) | (entry[OLE_NAME_MAX + 1] & 0xff) << 8;
        int kind = entry[OLE_NAME_MAX + 2];
        if ((kind != 1 && kind != 2) || nameLength < 2 || nameLength > OLE_NAME_MAX || nameLength % 2 != 0) {
            return false;
        }
        String name = new String(entry, 0, nameLength - 2, StandardCharsets.UTF_16LE);
        return OLE_MACRO_NAMES.contains(name.toUpperCase(Locale.ROOT));
    }
}
