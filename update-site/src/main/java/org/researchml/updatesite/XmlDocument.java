package org.researchml.updatesite;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Small helpers to build and write the p2 XML files with the JDK's DOM. */
final class XmlDocument {

    private XmlDocument() {
    }

    static Document create() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No XML parser available", e);
        }
    }

    /** Appends an element with attributes given as name, value pairs. */
    static Element child(Element parent, String name, String... attributes) {
        Element element = parent.getOwnerDocument().createElement(name);
        for (int i = 0; i < attributes.length; i += 2) {
            element.setAttribute(attributes[i], attributes[i + 1]);
        }
        parent.appendChild(element);
        return element;
    }

    /** Sets the {@code size} attribute that p2 expects on every list element to its number of children. */
    static void setSize(Element list) {
        list.setAttribute("size", Integer.toString(list.getChildNodes().getLength()));
    }

    /** Writes {@code document} with the processing instruction that names the p2 repository type. */
    static void write(Document document, String processingInstruction, String instructionData, Path file)
            throws IOException {
        document.insertBefore(document.createProcessingInstruction(processingInstruction, instructionData),
                document.getDocumentElement());
        try (OutputStream out = Files.newOutputStream(file)) {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(document), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IOException("Failed to write " + file + ": " + e.getMessage(), e);
        }
    }
}
