package org.cxlens.importer.read;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.Namespace;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

/**
 * A copy of the parts fastexcel needs to read one sheet, rewritten into the form it reads: Strict
 * Open XML namespaces and relationship types in their Transitional spelling, a position ({@code r})
 * on every row and cell, where the standard lets writers leave it off when it follows the order,
 * and ISO 8601 date cells ({@code t="d"}, as Strict files keep dates) as text. It streams, one XML
 * event at a time, whatever the size of the sheet.
 */
final class TransitionalCopy {

    private static final String STRICT_RELATIONSHIPS = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    private static final String TRANSITIONAL_RELATIONSHIPS =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final Map<String, String> NAMESPACES = Map.of(
            WorkbookParts.STRICT_SPREADSHEETML, "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
            STRICT_RELATIONSHIPS, TRANSITIONAL_RELATIONSHIPS);
    private static final String PACKAGE_RELATIONSHIPS = "_rels/.rels";
    private static final String CONTENT_TYPES = "[Content_Types].xml";

    /** Enough of a sheet to see its first rows and cells; writers that leave positions off do so throughout. */
    private static final int SHEET_HEAD = 64 * 1024;
    private static final Pattern ROW_OR_CELL = Pattern.compile("<(?:\\w+:)?(?:row|c)\\b([^>]*)>");
    private static final Pattern POSITION = Pattern.compile("\\sr\\s*=");
    private static final Pattern ISO_DATE_CELL = Pattern.compile("<(?:\\w+:)?c\\b[^>]*\\st\\s*=\\s*[\"']d[\"']");
    private static final QName POSITION_ATTRIBUTE = new QName("r");
    private static final QName TYPE_ATTRIBUTE = new QName("t");

    private TransitionalCopy() {
    }

    /** Whether fastexcel needs the copy to read this sheet of the package. */
    static boolean needed(Path file, ZipFile zip, WorkbookParts parts, String sheetPart) throws IOException {
        if (parts.strict()) {
            return true;
        }
        String head = ZipText.read(file, zip, sheetPart, SHEET_HEAD);
        int data = head == null ? -1 : head.indexOf("sheetData");
        if (data < 0) {
            return false;
        }
        Matcher rowOrCell = ROW_OR_CELL.matcher(head).region(data, head.length());
        while (rowOrCell.find()) {
            if (!POSITION.matcher(rowOrCell.group(1)).find()) {
                return true;
            }
        }
        return ISO_DATE_CELL.matcher(head).find();
    }

    /** Writes the copy of the parts that reading {@code sheetPart} needs to {@code target}. */
    static void write(Path file, ZipFile zip, WorkbookParts parts, String sheetPart, Path target)
            throws IOException, XMLStreamException {
        Set<String> names = new LinkedHashSet<>();
        for (String name : new String[] {CONTENT_TYPES, PACKAGE_RELATIONSHIPS, parts.workbook(),
            parts.relationships(), parts.styles(), parts.sharedStrings(), sheetPart}) {
            if (name != null) {
                names.add(name);
            }
        }
        try (ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(target)))) {
            // A copy read once or twice and then deleted: speed matters more than its size.
            out.setLevel(Deflater.BEST_SPEED);
            for (String name : names) {
                ZipEntry entry = zip.getEntry(name);
                if (entry == null) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(name));
                try (InputStream in = ZipParts.open(file, zip, entry)) {
                    new Rewrite(name.equals(sheetPart)).copy(in, out);
                }
                out.closeEntry();
            }
        }
    }

    /** One part's events, copied with the changes above; the positions only in the sheet. */
    private static final class Rewrite {

        private final XMLEventFactory events = XmlFactories.events();
        private final boolean sheet;
        private int row;
        private int column;
        private boolean isoDateCell;
        private StringBuilder isoDate;

        Rewrite(boolean sheet) {
            this.sheet = sheet;
        }

        void copy(InputStream in, OutputStream out) throws XMLStreamException {
            XMLEventReader reader = XmlFactories.input().createXMLEventReader(in);
            XMLEventWriter writer = XmlFactories.output().createXMLEventWriter(out, "UTF-8");
            while (reader.hasNext()) {
                XMLEvent event = reader.nextEvent();
                if (event.isStartDocument()) {
                    // The copy is UTF-8 whatever the original declared.
                    writer.add(events.createStartDocument("UTF-8", "1.0"));
                } else if (event.isStartElement()) {
                    writer.add(start(event.asStartElement()));
                } else if (event.isEndElement()) {
                    if (isoDate != null) {
                        writer.add(events.createCharacters(CellText.isoDate(isoDate.toString())));
                        isoDate = null;
                    }
                    QName name = event.asEndElement().getName();
                    if (name.getLocalPart().equals("c")) {
                        isoDateCell = false;
                    }
                    writer.add(events.createEndElement(mapped(name), null));
                } else if (event.isCharacters() && isoDate != null) {
                    isoDate.append(event.asCharacters().getData());
                } else if (event.getEventType() != XMLEvent.DTD) {
                    writer.add(event);
                }
            }
            writer.flush();
        }

        private StartElement start(StartElement element) {
            QName name = mapped(element.getName());
            List<Attribute> attributes = new ArrayList<>();
            for (Iterator<Attribute> it = element.getAttributes(); it.hasNext();) {
                Attribute a = it.next();
                String value = a.getValue();
                if (a.getName().getLocalPart().equals("Type") && value.startsWith(STRICT_RELATIONSHIPS + "/")) {
                    value = TRANSITIONAL_RELATIONSHIPS + value.substring(STRICT_RELATIONSHIPS.length());
                }
                attributes.add(events.createAttribute(mapped(a.getName()), value));
            }
            List<Namespace> namespaces = new ArrayList<>();
            for (Iterator<Namespace> it = element.getNamespaces(); it.hasNext();) {
                Namespace n = it.next();
                String uri = NAMESPACES.getOrDefault(n.getNamespaceURI(), n.getNamespaceURI());
                namespaces.add(n.isDefaultNamespaceDeclaration() ? events.createNamespace(uri)
                        : events.createNamespace(n.getPrefix(), uri));
            }
            if (sheet) {
                position(name.getLocalPart(), element, attributes);
            }
            return events.createStartElement(name, attributes.iterator(), namespaces.iterator());
        }

        /** Numbers rows and cells that carry no position: the next row, the next column. */
        private void position(String localName, StartElement element, List<Attribute> attributes) {
            Attribute r = element.getAttributeByName(POSITION_ATTRIBUTE);
            switch (localName) {
                case "row" -> {
                    row = r == null ? row + 1 : rowNumber(r.getValue(), row + 1);
                    column = 0;
                    if (r == null) {
                        attributes.add(events.createAttribute(POSITION_ATTRIBUTE, Integer.toString(row)));
                    }
                }
                case "c" -> {
                    if (r == null) {
                        attributes.add(events.createAttribute(POSITION_ATTRIBUTE, columnName(column) + row));
                    } else {
                        column = columnIndex(r.getValue(), column);
                    }
                    column++;
                    Attribute type = element.getAttributeByName(TYPE_ATTRIBUTE);
                    if (type != null && type.getValue().equals("d")) {
                        attributes.removeIf(a -> a.getName().equals(TYPE_ATTRIBUTE));
                        attributes.add(events.createAttribute(TYPE_ATTRIBUTE, "str"));
                        isoDateCell = true;
                    }
                }
                case "v" -> isoDate = isoDateCell ? new StringBuilder() : null;
                default -> {
                    // Other elements keep their attributes.
                }
            }
        }
    }

    private static QName mapped(QName name) {
        String uri = NAMESPACES.get(name.getNamespaceURI());
        return uri == null ? name : new QName(uri, name.getLocalPart(), name.getPrefix());
    }

    private static int rowNumber(String r, int otherwise) {
        try {
            return Integer.parseInt(r.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** The 0-based column of a reference such as "AB12"; {@code otherwise} when it has no letters. */
    private static int columnIndex(String reference, int otherwise) {
        int column = 0;
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? otherwise : column - 1;
    }

    /** "A", ..., "Z", "AA", ... for a 0-based column. */
    private static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }
}
