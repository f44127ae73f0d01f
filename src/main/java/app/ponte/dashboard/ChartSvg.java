package app.ponte.dashboard;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A chart as an SVG document, through Apache Batik's SVG generator (Apache 2.0; JFreeSVG, JFreeChart's own, is
 * GPL-3.0). Text stays text (the DOM escapes it: a milestone named {@code <script>} is characters, never markup);
 * the root carries a view box so that the page can scale it to any width.
 */
public final class ChartSvg {

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    private ChartSvg() {
    }

    public static String write(JFreeChart chart, int width, int height) {
        return write(chart, width, height, null);
    }

    /**
     * The chart as SVG, noting where each of its parts was drawn in {@code info} (when given): a dashboard lays its
     * bar links over those places.
     */
    public static String write(JFreeChart chart, int width, int height, @Nullable ChartRenderingInfo info) {
        Document document = emptyDocument();
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment(null);
        context.setEmbeddedFontsOn(false);
        context.setPrecision(3);
        SVGGraphics2D graphics = new SVGGraphics2D(context, false);
        graphics.setSVGCanvasSize(new Dimension(width, height));
        chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height), info);
        Element root = graphics.getRoot();
        root.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
        root.setAttributeNS(null, "role", "img");
        root.setAttributeNS(XMLNS, "xmlns", SVG_NAMESPACE);
        root.setAttributeNS(XMLNS, "xmlns:xlink", "http://www.w3.org/1999/xlink");
        graphics.dispose();
        withFallbackFonts(root);
        return serialise(root);
    }

    /**
     * The chart's font named with the fallbacks a browser needs when it lacks Liberation Sans (metrically the same
     * as Arial, so the labels still fit), and Java's default 'Dialog', which no browser knows, as sans-serif.
     */
    private static void withFallbackFonts(Element element) {
        String family = element.getAttribute("font-family");
        if (!family.isEmpty()) {
            element.setAttribute("font-family", family.contains(ChartFont.FAMILY)
                    ? "'" + ChartFont.FAMILY + "', Arial, Helvetica, sans-serif" : "sans-serif");
        }
        for (var child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element nested) {
                withFallbackFonts(nested);
            }
        }
    }

    /**
     * The element as XML without a document type: Batik's own writer names the SVG 1.0 DTD, which a reader would
     * fetch from the network; an SVG needs none.
     */
    private static String serialise(Element root) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(root), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("An SVG document could not be written", e);
        }
    }

    private static Document emptyDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().getDOMImplementation().createDocument(SVG_NAMESPACE, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No XML document builder in this JVM", e);
        }
    }
}
