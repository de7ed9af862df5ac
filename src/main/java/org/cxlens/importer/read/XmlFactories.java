package org.cxlens.importer.read;

import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;

/**
 * StAX factories for the parts of a workbook. Input never reads a DTD or an external entity: a
 * hostile workbook could otherwise make the reader fetch files or expand entities without end.
 */
final class XmlFactories {

    private static final XMLInputFactory INPUT = XMLInputFactory.newFactory();
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();
    private static final XMLEventFactory EVENTS = XMLEventFactory.newFactory();

    static {
        INPUT.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        INPUT.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private XmlFactories() {
    }

    static XMLInputFactory input() {
        return INPUT;
    }

    static XMLOutputFactory output() {
        return OUTPUT;
    }

    static XMLEventFactory events() {
        return EVENTS;
    }
}
