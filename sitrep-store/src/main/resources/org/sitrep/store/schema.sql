-- Sitrep workspace schema, version 3 (version 2 lacked date_conflicts and date_conflict_dates;
-- version 1 also lacked story_documents, stories_recent and the speaker and scope of claim_values;
-- Sitrep adds them when it opens an older workspace for writing).
--
-- One SQLite file, WORKSPACE/workspace.db, in WAL mode with foreign keys enforced. Sitrep opens it
-- with `PRAGMA foreign_keys = ON` on every connection (SQLite's default is off; turn it on in your
-- own tools too before you write). Every write Sitrep makes is one transaction: a batch of articles
-- is stored together with the stories they join and those stories' new analyses, or not at all.
--
-- Conventions
--   * Ids are the ones in report.json: articles `a-` + 12 hex digits (SHA-256 of source and clean
--     text), stories `s-` + 10 hex digits, entities `STORY/eN`.
--   * `start`/`end` are half-open character offsets into articles.text (Java UTF-16 code units,
--     which equal characters outside the astral planes), exactly as in report.json.
--   * Dates are ISO 8601 text. A date known only to a precision coarser than a day is stored three
--     ways: `*_iso` as written in reports (2020-02, 2020-W08, 2020-Q1, 2020), `*_first`/`*_last`
--     the inclusive range of days (YYYY-MM-DD, so they compare as text), `*_precision` one of
--     day, week, month, quarter, year.
--   * `seq` columns keep the order of the report (0-based).
--   * Booleans are 0/1 integers.
--
-- Analysis rows (entities, claims, events, relations, quotes, summary, timeline, date conflicts) belong to a story
-- and are replaced as a whole when the story changes; they cascade when a story is deleted.

-- Key/value facts about the workspace: schema_version, created (ISO instant).
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- One row per article (report.json "articles"). Articles are never changed once stored.
CREATE TABLE articles (
  id                  TEXT PRIMARY KEY,
  content_hash        TEXT NOT NULL,            -- first 16 hex digits of the SHA-256 of text
  source              TEXT NOT NULL,            -- report.json "source": URL when known, else location
  origin_path         TEXT NOT NULL,            -- input path as given; '-' for standard input
  origin_line         INTEGER,                  -- line of a JSON Lines record
  origin_warc_record  TEXT,                     -- WARC-Record-ID of a WARC record
  origin_url          TEXT,
  title               TEXT,
  published_iso       TEXT,
  published_first     TEXT,
  published_last      TEXT,
  published_precision TEXT,
  updated_iso         TEXT,
  updated_first       TEXT,
  updated_last        TEXT,
  updated_precision   TEXT,
  author              TEXT,
  publisher           TEXT,
  language            TEXT,
  text                TEXT NOT NULL,            -- the clean body every span points into
  truncated           INTEGER NOT NULL CHECK (truncated IN (0, 1)),
  ingest_seq          INTEGER NOT NULL,         -- order in which articles were added (1, 2, ...)
  ingested_at         TEXT NOT NULL             -- ISO instant of the ingest transaction
);
CREATE INDEX articles_published ON articles (published_first);
CREATE INDEX articles_content_hash ON articles (content_hash);

-- Lines and blocks extraction removed from an article's body, with the reason.
CREATE TABLE article_boilerplate (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,
  text       TEXT NOT NULL,
  reason     TEXT NOT NULL,
  PRIMARY KEY (article_id, seq)
);

-- Why extraction chose each metadata value (field is title, published, updated, author, ...).
CREATE TABLE article_evidence (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,
  field      TEXT NOT NULL,
  value      TEXT NOT NULL,
  basis      TEXT NOT NULL,
  PRIMARY KEY (article_id, seq)
);

-- The annotation layers of an article (tokens, sentences, mentions, time expressions, quantities,
-- quotes) as gzip-compressed JSON, read back when a story is re-clustered or re-analysed. Internal
-- format (see LayersCodec); query the sentences and mentions tables instead. An article row is
-- never stored without this row: both are written in one transaction.
CREATE TABLE article_layers (
  article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  format     INTEGER NOT NULL,
  layers     BLOB NOT NULL
);

-- Sentences of an article, for queries and for showing a cited sentence.
CREATE TABLE sentences (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  start      INTEGER NOT NULL,
  end        INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx)
);

-- Named mentions as the annotator found them in one article ("Mr Erdogan", "Ankara", "Turkish").
-- Resolution into entities happens per story (entities, entity_mentions).
CREATE TABLE mentions (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,
  start      INTEGER NOT NULL,
  end        INTEGER NOT NULL,
  text       TEXT NOT NULL,
  type       TEXT NOT NULL,                     -- person, organization, country, city, ...
  sentence   INTEGER NOT NULL,
  PRIMARY KEY (article_id, seq)
);
CREATE INDEX mentions_text ON mentions (text COLLATE NOCASE);

-- Full-text search over articles' titles and clean text (FTS5, kept in step by triggers).
-- Example: SELECT a.id, a.title FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
--          WHERE articles_fts MATCH 'idlib AND ceasefire' ORDER BY rank LIMIT 10;
CREATE VIRTUAL TABLE articles_fts USING fts5 (
  title, text,
  content = 'articles', content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;

-- One row per story. A story keeps its id while it grows: the id is derived from the articles it
-- was first stored with (see docs/workspace-schema.md, "Incremental ingest").
CREATE TABLE stories (
  id            TEXT PRIMARY KEY,
  headline      TEXT,                           -- null when no headline could be written
  headline_disputed INTEGER NOT NULL CHECK (headline_disputed IN (0, 1)),
  first_date    TEXT,                           -- earliest published_first of its articles
  last_date     TEXT,                           -- latest published_last of its articles
  article_count INTEGER NOT NULL CHECK (article_count > 0),
  created_seq   INTEGER NOT NULL,               -- ingest_seq of the batch that started it
  updated_seq   INTEGER NOT NULL,               -- ingest_seq of the batch that last changed it
  analysed_at   TEXT NOT NULL                   -- ISO instant of its latest analysis
);
CREATE INDEX stories_last_date ON stories (last_date DESC);
CREATE INDEX stories_first_date ON stories (first_date);
-- The order of story lists (most recent first; SQLite puts NULL last in a descending order).
CREATE INDEX stories_recent ON stories (last_date DESC, id);

-- Each story as the HTTP API serves it: the report.json story object as UTF-8 JSON text, written in
-- the same transaction as the rows it is made from, so that serving a story is one indexed read.
-- Query it with SQLite's JSON functions, e.g. SELECT json_extract(json, '$.headline') FROM ...
CREATE TABLE story_documents (
  story_id TEXT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
  json     TEXT NOT NULL
);

-- Story membership: every article belongs to exactly one story.
CREATE TABLE story_articles (
  story_id   TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  article_id TEXT NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,                  -- publication order within the story
  copy_of    TEXT REFERENCES articles (id),     -- the article this one is a near-duplicate of
  PRIMARY KEY (story_id, article_id)
);

-- The citations of a story's headline.
CREATE TABLE headline_citations (
  story_id   TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles (id),
  start      INTEGER NOT NULL,
  end        INTEGER NOT NULL,
  PRIMARY KEY (story_id, seq)
);

-- Summary sentences; disputed = 1 when the sentence carries a figure the sources dispute.
CREATE TABLE summary_sentences (
  story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  seq      INTEGER NOT NULL,
  text     TEXT NOT NULL,
  disputed INTEGER NOT NULL CHECK (disputed IN (0, 1)),
  PRIMARY KEY (story_id, seq)
);
CREATE TABLE summary_citations (
  story_id     TEXT NOT NULL,
  sentence_seq INTEGER NOT NULL,
  seq          INTEGER NOT NULL,
  article_id   TEXT NOT NULL REFERENCES articles (id),
  start        INTEGER NOT NULL,
  end          INTEGER NOT NULL,
  PRIMARY KEY (story_id, sentence_seq, seq),
  FOREIGN KEY (story_id, sentence_seq) REFERENCES summary_sentences (story_id, seq) ON DELETE CASCADE
);

-- Resolved actors of a story, most prominent first.
CREATE TABLE entities (
  id       TEXT PRIMARY KEY,
  story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  seq      INTEGER NOT NULL,
  name     TEXT NOT NULL,                       -- canonical name
  type     TEXT NOT NULL,
  mentions INTEGER NOT NULL                     -- number of rows in entity_mentions
);
CREATE INDEX entities_story ON entities (story_id, seq);
CREATE INDEX entities_name ON entities (name COLLATE NOCASE);
CREATE TABLE entity_aliases (
  entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  seq       INTEGER NOT NULL,
  alias     TEXT NOT NULL,                      -- a surface form the sources use
  PRIMARY KEY (entity_id, seq)
);
CREATE INDEX entity_aliases_alias ON entity_aliases (alias COLLATE NOCASE);
CREATE TABLE entity_mentions (
  entity_id  TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles (id),
  start      INTEGER NOT NULL,
  end        INTEGER NOT NULL,
  PRIMARY KEY (entity_id, seq)
);

-- Counted quantities and whether the sources agree on them.
CREATE TABLE claims (
  story_id    TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL,
  quantity    TEXT NOT NULL,                    -- what is counted
  verdict     TEXT NOT NULL CHECK (verdict IN ('agree', 'compatible', 'disagree', 'single')),
  explanation TEXT NOT NULL,
  PRIMARY KEY (story_id, seq)
);
-- One source's figure; low/high NULL for an open bound (no lower / no upper limit).
CREATE TABLE claim_values (
  story_id   TEXT NOT NULL,
  claim_seq  INTEGER NOT NULL,
  seq        INTEGER NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles (id),
  text       TEXT NOT NULL,
  value      REAL NOT NULL,
  low        REAL,
  high       REAL,
  start      INTEGER NOT NULL,
  end        INTEGER NOT NULL,
  speaker    TEXT,                              -- who gave the figure, when the text says (version 2)
  scope_iso  TEXT,                              -- the period the figure covers, when stated (version 2)
  scope_first TEXT,
  scope_last TEXT,
  scope_precision TEXT,
  PRIMARY KEY (story_id, claim_seq, seq),
  FOREIGN KEY (story_id, claim_seq) REFERENCES claims (story_id, seq) ON DELETE CASCADE
);

-- Who did what to whom, when: CAMEO root code, actor and target entities, date and its basis.
CREATE TABLE events (
  story_id       TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  seq            INTEGER NOT NULL,
  id             TEXT NOT NULL,                 -- stable within the story
  date_iso       TEXT,
  date_first     TEXT,
  date_last      TEXT,
  date_precision TEXT,
  date_basis     TEXT,
  actor_id       TEXT REFERENCES entities (id),
  action_code    TEXT NOT NULL,                 -- two-digit CAMEO root code, e.g. '19' (fight)
  target_id      TEXT REFERENCES entities (id),
  location       TEXT,
  description    TEXT NOT NULL,
  PRIMARY KEY (story_id, seq)
);
CREATE INDEX events_date ON events (date_first);
CREATE TABLE event_evidence (
  story_id   TEXT NOT NULL,
  event_seq  INTEGER NOT NULL,
  seq        INTEGER NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles (id),
  start      INTEGER NOT NULL,
  end        INTEGER NOT NULL,
  PRIMARY KEY (story_id, event_seq, seq),
  FOREIGN KEY (story_id, event_seq) REFERENCES events (story_id, seq) ON DELETE CASCADE
);

-- Standing relations between two entities of a story (the actor graph).
CREATE TABLE relations (
  story_id  TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  seq       INTEGER NOT NULL,
  source_id TEXT NOT NULL REFERENCES entities (id),
  relation  TEXT NOT NULL,                      -- backs, opposes, negotiates with, attacks, ...
  target_id TEXT NOT NULL REFERENCES entities (id),
  PRIMARY KEY (story_id, seq)
);
CREATE TABLE relation_evidence (
  story_id     TEXT NOT NULL,
  relation_seq INTEGER NOT NULL,
  seq          INTEGER NOT NULL,
  article_id   TEXT NOT NULL REFERENCES articles (id),
  start        INTEGER NOT NULL,
  end          INTEGER NOT NULL,
  PRIMARY KEY (story_id, relation_seq, seq),
  FOREIGN KEY (story_id, relation_seq) REFERENCES relations (story_id, seq) ON DELETE CASCADE
);

-- Attributed quotes; speaker_id is null when the speaker is unnamed or not an entity.
CREATE TABLE quotes (
  story_id     TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  seq          INTEGER NOT NULL,
  text         TEXT NOT NULL,
  speaker_id   TEXT REFERENCES entities (id),
  speaker_name TEXT,
  cue          TEXT,
  direct       INTEGER NOT NULL CHECK (direct IN (0, 1)),
  article_id   TEXT NOT NULL REFERENCES articles (id),
  start        INTEGER NOT NULL,
  end          INTEGER NOT NULL,
  PRIMARY KEY (story_id, seq)
);

-- Dated lines of a story's timeline.
CREATE TABLE timeline (
  story_id  TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  seq       INTEGER NOT NULL,
  date_iso  TEXT NOT NULL,
  date_first TEXT NOT NULL,
  date_last TEXT NOT NULL,
  date_precision TEXT NOT NULL,
  text      TEXT NOT NULL,
  PRIMARY KEY (story_id, seq)
);
CREATE TABLE timeline_citations (
  story_id   TEXT NOT NULL,
  entry_seq  INTEGER NOT NULL,
  seq        INTEGER NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles (id),
  start      INTEGER NOT NULL,
  end        INTEGER NOT NULL,
  PRIMARY KEY (story_id, entry_seq, seq),
  FOREIGN KEY (story_id, entry_seq) REFERENCES timeline (story_id, seq) ON DELETE CASCADE
);

-- When one thing happened, by source (report.json "date_conflicts"): an agreement, an election or
-- an event that several articles date; verdict agree, compatible or disagree, as for claims.
CREATE TABLE date_conflicts (
  story_id    TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL,
  subject     TEXT NOT NULL,
  verdict     TEXT NOT NULL,
  explanation TEXT NOT NULL,
  PRIMARY KEY (story_id, seq)
);
-- One source's date for it: the time expression as written, the dates it resolves to, and the
-- sentence it stands in.
CREATE TABLE date_conflict_dates (
  story_id       TEXT NOT NULL,
  conflict_seq   INTEGER NOT NULL,
  seq            INTEGER NOT NULL,
  article_id     TEXT NOT NULL REFERENCES articles (id),
  text           TEXT NOT NULL,
  date_iso       TEXT NOT NULL,
  date_first     TEXT NOT NULL,
  date_last      TEXT NOT NULL,
  date_precision TEXT NOT NULL,
  start          INTEGER NOT NULL,
  end            INTEGER NOT NULL,
  PRIMARY KEY (story_id, conflict_seq, seq),
  FOREIGN KEY (story_id, conflict_seq) REFERENCES date_conflicts (story_id, seq) ON DELETE CASCADE
);
