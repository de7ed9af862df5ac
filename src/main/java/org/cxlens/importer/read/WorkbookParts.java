package org.cxlens.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Where the parts of an XLSX package are, found the way fastexcel finds them (content types, then
 * the workbook's relationships), and whether the workbook is written in Strict Open XML.
 */
record WorkbookParts(String workbook, String relationships, String styles, String sharedStrings,
        Map<String, String> sheets, boolean strict) {

    static final String STRICT_SPREADSHEETML = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String TYPE_PREFIX = "application/vnd.";
    private static final String DEFAULT_WORKBOOK = "xl/workbook.xml";

    /** @return the parts, or null when the package lacks a part every workbook has */
    static WorkbookParts read(Path file, ZipFile zip) throws IOException, XMLStreamException {
        Map<String, String> byType = contentTypes(file, zip);
        String workbook = byType.getOrDefault("workbook", DEFAULT_WORKBOOK);
        String folder = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1) : "";
        String relationships = folder + "_rels/" + workbook.substring(folder.length()) + ".rels";
        Map<String, String> targets = relationshipTargets(file, zip, relationships, folder);
        Map<String, String> sheets = new LinkedHashMap<>();
        boolean strict;
        try (InputStream in = part(file, zip, workbook)) {
            if (in == null || targets == null) {
                return null;
            }
            XMLStreamReader xml = XmlFactories.input().createXMLStreamReader(in);
            strict = false;
            boolean root = true;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (root) {
                    strict = STRICT_SPREADSHEETML.equals(xml.getNamespaceURI());
                    root = false;
                }
                if (xml.getLocalName().equals("sheet")) {
                    String id = attribute(xml, "id");
                    String name = xml.getAttributeValue(null, "name");
                    if (name != null && id != null && targets.containsKey(id)) {
                        sheets.putIfAbsent(name, targets.get(id));
                    }
                }
            }
        }
        return new WorkbookParts(workbook, relationships, byType.get("styles"), byType.get("sharedStrings"), sheets,
                strict);
    }

    /** The workbook, styles and shared strings parts the content types declare, by a short kind. */
    private static Map<String, String> contentTypes(Path file, ZipFile zip) throws IOException, XMLStreamException {
        Map<String, String> byKind = new HashMap<>();
        try (InputStream in = part(file, zip, CONTENT_TYPES)) {
            if (in == null) {
                return byKind;
            }
            XMLStreamReader xml = XmlFactories.input().createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Override")) {
                    String type = xml.getAttributeValue(null, "ContentType");
                    String name = xml.getAttributeValue(null, "PartName");
                    String kind = type == null || name == null ? null : kind(type);
                    if (kind != null) {
                        byKind.putIfAbsent(kind, name.startsWith("/") ? name.substring(1) : name);
                    }
                }
            }
        }
        return byKind;
    }

    private static String kind(String contentType) {
        if (!contentType.startsWith(TYPE_PREFIX)) {
            return null;
        }
        return switch (contentType.substring(TYPE_PREFIX.length())) {
            case "openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                 "ms-excel.sheet.macroEnabled.main+xml",
                 "openxmlformats-officedocument.spreadsheetml.template.main+xml" -> "workbook";
            case "openxmlformats-officedocument.spreadsheetml.styles+xml" -> "styles";
            case "openxmlformats-officedocument.spreadsheetml.sharedStrings+xml" -> "sharedStrings";
            default -> null;
        };
    }

    /** Relationship id to part name, targets resolved against the workbook's folder; null without the part. */
    private static Map<String, String> relationshipTargets(Path file, ZipFile zip, String relationships, String folder)
            throws IOException, XMLStreamException {
        try (InputStream in = part(file, zip, relationships)) {
            if (in == null) {
                return null;
            }
            Map<String, String> targets = new HashMap<>();
            XMLStreamReader xml = XmlFactories.input().createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")) {
                    String id = xml.getAttributeValue(null, "Id");
                    String target = xml.getAttributeValue(null, "Target");
                    if (id != null && target != null) {
                        targets.put(id, target.startsWith("/") ? target.substring(1) : folder + target);
                    }
                }
            }
            return targets;
        }
    }

    /** An attribute by local name in whatever namespace: r:id is in a different one in Strict files. */
    private static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(localName)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** The part within {@link WorkbookLimits}; {@code file} is the file the user chose, named when a limit is hit. */
    static InputStream part(Path file, ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        return entry == null ? null : ZipParts.open(file, zip, entry);
    }
}
