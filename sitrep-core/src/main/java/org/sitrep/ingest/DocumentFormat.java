package org.sitrep.ingest;

/** How a document's content is to be read by extraction: plain scraped text or an HTML page. */
public enum DocumentFormat { TEXT, HTML }
