package org.cxlens.report;

import java.util.List;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;

/**
 * Names the points of a chart series by their own text (a touchpoint's name beside its point in
 * the driver matrix): one data label per point with fixed text, which PowerPoint and Excel keep
 * editable. Written as XML because the per-point label type is missing from the slim schema jar
 * POI ships (poi-ooxml-lite).
 */
final class PointLabels {

    private static final String NAMESPACES = "xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" "
            + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"";

    private PointLabels() {
    }

    /** Gives point i the text names[i]; the labels' other settings stay as set. */
    static void name(CTDLbls labels, List<String> names, double fontSize) {
        StringBuilder xml = new StringBuilder("<c:dLbls ").append(NAMESPACES).append('>');
        for (int i = 0; i < names.size(); i++) {
            xml.append("<c:dLbl><c:idx val=\"").append(i).append("\"/><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r>")
                    .append("<a:rPr lang=\"en-US\" sz=\"").append((int) (fontSize * 100)).append("\"/><a:t>")
                    .append(escaped(names.get(i))).append("</a:t></a:r></a:p></c:rich></c:tx>")
                    .append("<c:dLblPos val=\"r\"/><c:showLegendKey val=\"0\"/><c:showVal val=\"0\"/>")
                    .append("<c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/>")
                    .append("<c:showBubbleSize val=\"0\"/></c:dLbl>");
        }
        xml.append("</c:dLbls>");
        XmlObject parsed;
        try {
            parsed = XmlObject.Factory.parse(xml.toString());
        } catch (XmlException e) {
            throw new IllegalStateException("point labels are well-formed XML", e);
        }
        try (XmlCursor source = parsed.newCursor(); XmlCursor target = labels.newCursor()) {
            target.toFirstChild();
            source.toFirstChild();
            // dLbl elements come first in dLbls; each copy lands before the target's first child.
            for (boolean more = source.toFirstChild(); more; more = source.toNextSibling()) {
                source.copyXml(target);
            }
        }
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
