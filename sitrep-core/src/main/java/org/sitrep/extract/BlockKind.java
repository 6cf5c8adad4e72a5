package org.sitrep.extract;

/** What a block of body text was in its page: a paragraph, a heading, a list item, a quotation, preformatted text. */
enum BlockKind { PARAGRAPH, HEADING, LIST_ITEM, QUOTE, PREFORMATTED }
