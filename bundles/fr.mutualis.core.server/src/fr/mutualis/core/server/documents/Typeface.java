package fr.mutualis.core.server.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The one font of Mutualis documents: Liberation Sans (SIL Open Font License 1.1), the TrueType font PDFBox ships in
 * its own jar, embedded as a subset so that Latin, Greek and Cyrillic names print as written. Bold is drawn by
 * stroking the outlines (the jar has no bold face). Measures and wraps text; a character the font lacks (e.g. CJK)
 * prints as "?", any white space (no-break spaces included) as a plain space.
 */
final class Typeface {

    private static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final byte[] TTF = read();

    private final PDFont font;
    private final Map<Integer, Boolean> encodable = new HashMap<>();

    Typeface(PDDocument document) {
        try {
            font = PDType0Font.load(document, new ByteArrayInputStream(TTF), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PDFont font() {
        return font;
    }

    /** Width of {@code text} in points; bold is measured slightly wider for the stroke. */
    float width(String text, float size, boolean bold) {
        try {
            return font.getStringWidth(printable(text)) / 1000 * size * (bold ? 1.03f : 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text as it will be printed: white space as spaces, characters outside the font as "?". */
    String printable(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                sb.append(' ');
            } else if (encodable.computeIfAbsent(cp, this::encodes)) {
                sb.appendCodePoint(cp);
            } else {
                sb.append('?');
            }
        });
        return sb.toString();
    }

    private boolean encodes(int codePoint) {
        try {
            font.encode(Character.toString(codePoint));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /**
     * Lines of at most {@code maxWidth}, broken at spaces (never at a no-break space), each paragraph of the text
     * ({@code \n}) on its own lines; a word wider than a line is cut. French typography: the space before
     * {@code ; : ! ? »} and after {@code «} never breaks.
     */
    List<String> wrap(String text, float size, boolean bold, float maxWidth) {
        List<String> lines = new ArrayList<>();
        String glued = text.replaceAll(" ([;:!?»])", "\u00a0$1").replace("« ", "«\u00a0");
        for (String paragraph : glued.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split("[ \\t]+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, size, bold) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (word.length() > 1 && width(word, size, bold) > maxWidth) {
                    int cut = word.length() - 1;
                    while (cut > 1 && width(word.substring(0, cut), size, bold) > maxWidth) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static byte[] read() {
        try (InputStream in = PDDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox jar without " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
